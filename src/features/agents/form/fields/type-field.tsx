import { useController } from 'react-hook-form';
import { AGENT_TYPES } from '../../../../api/schemas/agent.ts';
import { ChoiceGroup } from '../../../../components/choice-group.tsx';
import type { AgentFormControl } from '../agent-form-values.ts';

const TYPE_CHOICES = AGENT_TYPES.map((value) => ({
  value,
  label: value === 'inbound' ? 'Inbound' : 'Outbound',
}));

export function TypeField({ control }: { control: AgentFormControl }) {
  const { field } = useController({ control, name: 'type' });
  return (
    <ChoiceGroup
      label="Type"
      description={field.value === null ? 'This agent has no type on record yet' : undefined}
      choices={TYPE_CHOICES}
      value={field.value}
      onChange={field.onChange}
    />
  );
}
