import { Alert, Button, Group, Text } from '@mantine/core';
import { formatRelative } from '../../../components/relative-time.tsx';
import { FIELD_LABELS } from '../patch/build-agent-patch.ts';
import type { RemoteChanges } from './use-agent-baseline.ts';

export function RestoredDraftNotice(props: {
  savedAt: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const when = formatRelative(new Date(props.savedAt), new Date());
  return (
    <Alert color="blue" title={`Restored unsaved changes from ${when}`} role="status">
      <Text size="sm">They were kept on this device when the page closed before saving.</Text>
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="outline" onClick={props.onKeep}>
          Keep editing
        </Button>
        <Button size="xs" variant="subtle" color="red" onClick={props.onDiscard}>
          Discard them
        </Button>
      </Group>
    </Alert>
  );
}

export function RemoteChangesNotice(props: { changes: RemoteChanges; onDismiss: () => void }) {
  const { taken, conflicts } = props.changes;
  return (
    <Alert
      color="blue"
      title="This agent was changed elsewhere"
      role="status"
      withCloseButton
      onClose={props.onDismiss}
      closeButtonLabel="Dismiss"
    >
      {taken.length > 0 && (
        <Text size="sm">
          Now showing the newer {taken.map((k) => FIELD_LABELS[k]).join(', ')}. Your own edits are
          kept.
        </Text>
      )}
      {conflicts.length > 0 && (
        <Text size="sm">
          You and someone else both changed {conflicts.map((k) => FIELD_LABELS[k]).join(', ')}: you
          will choose which to keep when you save.
        </Text>
      )}
    </Alert>
  );
}
