import { TextInput } from '@mantine/core';
import { useFormState } from 'react-hook-form';
import type { AgentFormControl } from '../agent-form-values.ts';

interface NameFieldProps {
  control: AgentFormControl;
  required: boolean;
  /** The form's value when the field mounts, so markup rendered on the server shows it too. */
  defaultValue: string;
}

export function NameField({ control, required, defaultValue }: NameFieldProps) {
  const { errors } = useFormState({ control, name: 'name', exact: true });
  return (
    <TextInput
      label="Name"
      withAsterisk={required}
      autoComplete="off"
      defaultValue={defaultValue}
      {...control.register('name')}
      error={errors.name?.message}
    />
  );
}
