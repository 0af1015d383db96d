import { Alert, Button, Group, Text } from '@mantine/core';
import { describeSave } from './change-set.ts';
import type { SaveResult } from './use-save-changes.ts';

interface SaveSummaryNoticeProps {
  summary: SaveResult;
  busy: boolean;
  onUndo: (summary: SaveResult) => void;
  onDismiss: () => void;
}

/** Names every field the save changed, and those it took from elsewhere, with Undo. */
export function SaveSummaryNotice({ summary, busy, onUndo, onDismiss }: SaveSummaryNoticeProps) {
  const text = describeSave(summary);
  return (
    <Alert
      color="green"
      title="Agent saved"
      role="status"
      withCloseButton
      onClose={onDismiss}
      closeButtonLabel="Dismiss"
    >
      <Text size="sm">{text.saved}</Text>
      {text.taken && <Text size="sm">{text.taken}</Text>}
      <Group mt="xs" gap="xs">
        <Button size="xs" variant="outline" disabled={busy} onClick={() => onUndo(summary)}>
          Undo
        </Button>
      </Group>
    </Alert>
  );
}
