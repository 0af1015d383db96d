import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { Group, Radio } from '@mantine/core';
import { useController } from 'react-hook-form';
import { AGENT_TYPES } from '../../../../api/schemas/agent.ts';
import type { AgentFormControl } from '../agent-form-values.ts';

const TYPE_CHOICES = AGENT_TYPES.map((value) => ({
  value,
  label: value === 'inbound' ? 'Inbound' : 'Outbound',
}));

export function TypeField({ control }: { control: AgentFormControl }) {
  const { field } = useController({ control, name: 'type' });
  return (
    <Radio.Group
      label="Type"
      description={field.value === null ? 'This agent has no type on record yet' : undefined}
      // '' checks neither: an agent may have no type on record.
      value={field.value ?? ''}
      onChange={field.onChange}
    >
      <Group gap="lg" mt={6}>
        {TYPE_CHOICES.map((choice) => (
          <Radio key={choice.value} value={choice.value} label={choice.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}
