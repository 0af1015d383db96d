import { Badge, Group, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { JobStep, StepStatus } from '../../api/schemas/bulk.ts';
import { AnchorLink } from '../../lib/anchor-link.tsx';
import { ChangeLines } from './change-lines.tsx';
import './bulk.css';

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

const FALLBACK_RECT = { width: 800, height: 800 };
function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

/** One line per agent: its outcome, why when skipped or failed, and what was sent. */
export function JobSteps({ steps }: { steps: JobStep[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: steps.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    observeElementRect: observeRectWithFallback,
    overscan: 8,
  });
  return (
    <div
      ref={scrollRef}
      className="bulk-scroll"
      tabIndex={0}
      role="region"
      aria-label="Results per agent"
    >
      <ol className="bulk-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const step = steps[item.index];
          if (!step) return null;
          return (
            <li
              key={step.agentId}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="bulk-list-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Group gap="xs" wrap="nowrap">
                <Badge variant="dot" color={STEP_COLORS[step.status]} style={{ flexShrink: 0 }}>
                  {STEP_LABELS[step.status]}
                </Badge>
                <AnchorLink
                  to="/agents/$agentId"
                  params={{ agentId: step.agentId }}
                  size="sm"
                  fw={600}
                >
                  {step.agentName}
                </AnchorLink>
              </Group>
              {step.reason && (
                <Text
                  size="sm"
                  c={step.status === 'failed' ? 'var(--mantine-color-error)' : 'dimmed'}
                >
                  {step.reason}
                </Text>
              )}
              {step.changes.length > 0 && <ChangeLines changes={step.changes} verb="changed to" />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
