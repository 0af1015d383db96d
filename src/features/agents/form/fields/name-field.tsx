import { TextInput } from '@mantine/core';
import { useFormState } from 'react-hook-form';
import type { AgentFormControl } from '../agent-form-values.ts';

export function NameField({ control, required }: { control: AgentFormControl; required: boolean }) {
  const { errors } = useFormState({ control, name: 'name', exact: true });
  return (
    <TextInput
      label="Name"
      withAsterisk={required}
      autoComplete="off"
      {...control.register('name')}
      error={errors.name?.message}
    />
  );
}
