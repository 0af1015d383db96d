import { Text, TextInput } from '@mantine/core';
import { useFormState, useWatch } from 'react-hook-form';
import type { AgentFormControl } from '../agent-form-values.ts';
import { HANDOFF_EXAMPLE, samePhoneDigits } from '../handoff-number.ts';

interface HandoffFieldProps {
  control: AgentFormControl;
  agentPhoneNumber: string | null;
}

export function HandoffField({ control, agentPhoneNumber }: HandoffFieldProps) {
  const { errors } = useFormState({ control, name: 'handoff_phone_number', exact: true });
  const value = useWatch({ control, name: 'handoff_phone_number' });
  const callsItself = samePhoneDigits(value, agentPhoneNumber);
  return (
    <div>
      <TextInput
        label="Handoff phone number"
        description={`Where calls go when a human is needed, e.g. ${HANDOFF_EXAMPLE}. Leave blank for no human handoff.`}
        type="tel"
        autoComplete="off"
        // The value when the field mounts, so markup rendered on the server shows it too.
        defaultValue={value}
        {...control.register('handoff_phone_number')}
        error={errors.handoff_phone_number?.message}
      />
      {callsItself && (
        <Text size="xs" c="orange.9" mt={4} role="status">
          This is the agent's own number: a handoff would call the agent back.
        </Text>
      )}
    </div>
  );
}
