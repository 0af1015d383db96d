import { Text, TextInput } from '@mantine/core';
import { useWatch, type UseFormRegister } from 'react-hook-form';
import type { AgentFormControl, AgentFormInput } from '../agent-form-values.ts';
import { HANDOFF_EXAMPLE, samePhoneDigits } from '../handoff-number.ts';

interface HandoffFieldProps {
  control: AgentFormControl;
  register: UseFormRegister<AgentFormInput>;
  error: string | undefined;
  agentPhoneNumber: string | null;
}

export function HandoffField({ control, register, error, agentPhoneNumber }: HandoffFieldProps) {
  const value = useWatch({ control, name: 'handoff_phone_number' });
  const callsItself = samePhoneDigits(value, agentPhoneNumber);
  return (
    <div>
      <TextInput
        label="Handoff phone number"
        description={`Where calls go when a human is needed, e.g. ${HANDOFF_EXAMPLE}. Leave blank for no human handoff.`}
        type="tel"
        autoComplete="off"
        {...register('handoff_phone_number')}
        error={error}
      />
      {callsItself && (
        <Text size="xs" c="orange.9" mt={4} role="status">
          This is the agent's own number: a handoff would call the agent back.
        </Text>
      )}
    </div>
  );
}
