import { Badge, Group, Text } from '@mantine/core';
import type { JobStep, StepStatus } from '../../api/schemas/bulk.ts';
import { AnchorLink } from '../../lib/anchor-link.tsx';
import { ChangeLines } from './change-lines.tsx';
import { VirtualList } from './virtual-list.tsx';

const STEP_LABELS: Record<StepStatus, string> = {
  pending: 'Pending',
  done: 'Done',
  skipped: 'Skipped',
  failed: 'Failed',
};
const STEP_COLORS: Record<StepStatus, string> = {
  pending: 'gray',
  done: 'green',
  skipped: 'cyan',
  failed: 'red',
};

/** One line per agent: its outcome, why when skipped or failed, and what was sent. */
export function JobSteps({ steps }: { steps: JobStep[] }) {
  return (
    <VirtualList
      items={steps}
      label="Results per agent"
      itemKey={(step) => step.agentId}
      estimateSize={64}
      renderItem={(step) => (
        <>
          <Group gap="xs" wrap="nowrap">
            <Badge variant="dot" color={STEP_COLORS[step.status]} style={{ flexShrink: 0 }}>
              {STEP_LABELS[step.status]}
            </Badge>
            <AnchorLink to="/agents/$agentId" params={{ agentId: step.agentId }} size="sm" fw={600}>
              {step.agentName}
            </AnchorLink>
          </Group>
          {step.reason && (
            <Text size="sm" c={step.status === 'failed' ? 'var(--mantine-color-error)' : 'dimmed'}>
              {step.reason}
            </Text>
          )}
          {step.changes.length > 0 && <ChangeLines changes={step.changes} verb="changed to" />}
        </>
      )}
    />
  );
}
