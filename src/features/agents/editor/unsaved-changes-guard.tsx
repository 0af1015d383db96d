import { Group, Text } from '@mantine/core';
import { Button } from '../../../components/button.tsx';
import { useEffect, useState } from 'react';
import { useHistory } from '../../../app/router/router-context.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';

interface UnsavedChangesGuardProps {
  when: boolean;
  onDiscard: () => void;
}

/** Asks before in-app navigation, and lets the browser ask before a reload or tab close. */
export function UnsavedChangesGuard({ when, onDiscard }: UnsavedChangesGuardProps) {
  const history = useHistory();
  const [proceed, setProceed] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!when) return;
    return history.block((next) => setProceed(() => next));
  }, [when, history]);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <ModalDialog
      open={proceed !== null}
      title="Leave without saving?"
      onDismiss={() => setProceed(null)}
    >
      <Text>You have unsaved changes to this agent. Leaving discards them.</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setProceed(null)} data-autofocus>
          Stay on this page
        </Button>
        <Button
          color="red"
          onClick={() => {
            const go = proceed;
            setProceed(null);
            onDiscard();
            go?.();
          }}
        >
          Discard and leave
        </Button>
      </Group>
    </ModalDialog>
  );
}
