import { Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { describeField } from './describe-field.ts';

export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictRequest {
  keys: AgentPatchKey[];
  base: AgentFormInput;
  theirs: AgentFormInput;
  mine: AgentFormInput;
  resolve: (choices: Record<string, ConflictChoice> | null) => void;
}

export function ConflictDialog({ request }: { request: ConflictRequest | null }) {
  return (
    <ModalDialog
      open={request !== null}
      title="Someone else changed the same fields"
      onDismiss={() => request?.resolve(null)}
    >
      {request && <ConflictChoices key={request.keys.join()} request={request} />}
    </ModalDialog>
  );
}

function ConflictChoices({ request }: { request: ConflictRequest }) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(request.keys.map((k) => [k, 'mine'])),
  );
  return (
    <Stack gap="md">
      <Text size="sm">
        While you were editing, this agent was saved elsewhere with different values. Choose what to
        keep for each field; nothing is sent until you confirm.
      </Text>
      {request.keys.map((key) => (
        <Stack key={key} gap={4}>
          <Table withTableBorder fz="sm" aria-label={`${FIELD_LABELS[key]}: the versions`}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>Before</Table.Th>
                <Table.Td>{describeField(key, request.base)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Theirs</Table.Th>
                <Table.Td>{describeField(key, request.theirs)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Yours</Table.Th>
                <Table.Td>{describeField(key, request.mine)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Radio.Group
            label={FIELD_LABELS[key]}
            value={choices[key]}
            onChange={(value) => setChoices((c) => ({ ...c, [key]: value as ConflictChoice }))}
          >
            <Group mt={4}>
              <Radio value="mine" label="Keep mine" />
              <Radio value="theirs" label="Take theirs" />
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
