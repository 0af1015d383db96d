import { InputBase } from '@mantine/core';
import { useFormState } from 'react-hook-form';
import type { AgentFormControl } from '../agent-form-values.ts';

const FIRST_MESSAGE_STYLES = {
  input: { fieldSizing: 'content', minHeight: '4.25em', maxHeight: '15em', resize: 'vertical' },
} as const;

interface FirstMessageFieldProps {
  control: AgentFormControl;
  /** The form's value when the field mounts, so markup rendered on the server shows it too. */
  defaultValue: string;
}

export function FirstMessageField({ control, defaultValue }: FirstMessageFieldProps) {
  const { errors } = useFormState({ control, name: 'first_message', exact: true });
  return (
    <InputBase
      component="textarea"
      multiline
      rows={2}
      // Grows with its text where the browser can (field-sizing), scrolls after about nine lines.
      styles={FIRST_MESSAGE_STYLES}
      label="First message"
      description="What the agent says when the call starts. Leave blank and the agent says “Hello?”."
      defaultValue={defaultValue}
      {...control.register('first_message')}
      error={errors.first_message?.message}
    />
  );
}
