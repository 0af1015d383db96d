import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { KeyValueRow, KeyValueTable } from '../../../components/key-value-table.tsx';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import type { ConflictChoice, ConflictRequest } from './conflict-dialog.tsx';
import { describeField } from './describe-field.ts';

const CHOICES = [
  { value: 'mine', label: 'Keep mine' },
  { value: 'theirs', label: 'Take theirs' },
] as const;

export function ConflictChoices({ request }: { request: ConflictRequest }) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(request.keys.map((k) => [k, 'mine'])),
  );
  // The dialog opened before these arrived, so it had nothing to focus: start at the first choice.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('input')?.focus();
  }, []);
  return (
    <Stack gap="md" ref={ref}>
      <Text size="sm">
        While you were editing, this agent was saved elsewhere with different values. Choose what to
        keep for each field; nothing is sent until you confirm.
      </Text>
      {request.keys.map((key) => (
        <Stack key={key} gap={4}>
          <KeyValueTable
            label={`${FIELD_LABELS[key]}: the versions`}
            borders="table"
            keyWidth={120}
          >
            <KeyValueRow label="Before">{describeField(key, request.base)}</KeyValueRow>
            <KeyValueRow label="Theirs">{describeField(key, request.theirs)}</KeyValueRow>
            <KeyValueRow label="Yours">{describeField(key, request.mine)}</KeyValueRow>
          </KeyValueTable>
          <Radio.Group
            label={FIELD_LABELS[key]}
            value={choices[key] ?? 'mine'}
            onChange={(value) =>
              setChoices((c) => ({ ...c, [key]: value === 'theirs' ? 'theirs' : 'mine' }))
            }
          >
            <Group gap="lg" mt={4}>
              {CHOICES.map((c) => (
                <Radio key={c.value} value={c.value} label={c.label} />
              ))}
            </Group>
          </Radio.Group>
        </Stack>
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
