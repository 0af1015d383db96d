import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { Button, Group, Radio, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { KeyValueRow, KeyValueTable } from '../../../components/key-value-table.tsx';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import type { ConflictChoice, ConflictRequest } from './conflict-dialog.tsx';
import { describeField, type FieldNames } from './describe-field.ts';
import { useFieldNames } from './use-field-names.ts';
import './conflict-choices.css';

const CHOICES = [
  { value: 'mine', label: 'Keep mine' },
  { value: 'theirs', label: 'Take theirs' },
] as const;

export function ConflictChoices({ request }: { request: ConflictRequest }) {
  const { names } = useFieldNames();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(request.keys.map((k) => [k, 'mine'])),
  );
  // The dialog opened before these arrived, so it had nothing to focus: start at the first choice.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('input')?.focus();
  }, []);
  return (
    <Stack gap="lg" ref={ref}>
      <Text size="sm">
        While you were editing, this agent was saved elsewhere with different values. Choose what to
        keep for each field; nothing is sent until you confirm.
      </Text>
      {request.keys.map((key) => (
        <ConflictField
          key={key}
          field={key}
          request={request}
          names={names}
          choice={choices[key] ?? 'mine'}
          onChoose={(value) => setChoices((c) => ({ ...c, [key]: value }))}
        />
      ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => request.resolve(null)}>
          Cancel
        </Button>
        <Button onClick={() => request.resolve(choices)}>Save with these choices</Button>
      </Group>
    </Stack>
  );
}

interface ConflictFieldProps {
  field: AgentPatchKey;
  request: ConflictRequest;
  names: FieldNames;
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
}

/** One field: its name as a heading, then the three versions, then which one to keep. */
function ConflictField({ field, request, names, choice, onChoose }: ConflictFieldProps) {
  const headingId = useId();
  const label = FIELD_LABELS[field];
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId} className="conflict-field">
      <Title order={3} size="h5" id={headingId}>
        {label}
      </Title>
      <KeyValueTable label={`${label}: the versions`} borders="table" keyWidth={72}>
        <KeyValueRow label="Before">{describeField(field, request.base, names)}</KeyValueRow>
        <KeyValueRow label="Theirs">{describeField(field, request.theirs, names)}</KeyValueRow>
        <KeyValueRow label="Yours">{describeField(field, request.mine, names)}</KeyValueRow>
      </KeyValueTable>
      <Radio.Group
        label={
          <>
            Which to keep<VisuallyHidden component="span">: {label}</VisuallyHidden>
          </>
        }
        value={choice}
        onChange={(value) => onChoose(value === 'theirs' ? 'theirs' : 'mine')}
      >
        <Group gap="lg" mt={4}>
          {CHOICES.map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
