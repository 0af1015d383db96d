import { Button, Group, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { ModalDialog } from '../../../components/modal-dialog.tsx';

interface UnsavedChangesGuardProps {
  /** Asked at the moment of leaving, so the last keystroke counts even before it is shown. */
  when: () => boolean;
  onDiscard: () => void;
}

/** Asks before in-app navigation, and lets the browser ask before a reload or tab close. */
export function UnsavedChangesGuard({ when, onDiscard }: UnsavedChangesGuardProps) {
  const blocker = useBlocker({
    shouldBlockFn: when,
    enableBeforeUnload: when,
    withResolver: true,
  });

  return (
    <ModalDialog
      open={blocker.status === 'blocked'}
      title="Leave without saving?"
      onDismiss={() => blocker.reset?.()}
    >
      <Text>You have unsaved changes to this agent. Leaving discards them.</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay on this page
        </Button>
        <Button
          color="red"
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          Discard and leave
        </Button>
      </Group>
    </ModalDialog>
  );
}
