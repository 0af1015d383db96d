import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Switch.css';
import { Switch } from '@mantine/core';
import { useController } from 'react-hook-form';
import type { AgentFormControl } from '../agent-form-values.ts';

export function KnowledgeField({ control }: { control: AgentFormControl }) {
  const { field } = useController({ control, name: 'use_org_knowledgebase' });
  return (
    <Switch
      label="Use knowledge base"
      description="Let the agent answer from the organisation's knowledge base"
      checked={field.value}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
      onBlur={field.onBlur}
      ref={field.ref}
    />
  );
}
