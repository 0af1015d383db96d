import { Button, Group, Loader, Text } from '@mantine/core';
import { Suspense } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { ErrorBoundary } from '../../../lib/error-boundary.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { retryableLazy } from '../../../components/retryable-lazy.tsx';
import type { AgentFormInput } from '../form/agent-form-values.ts';

export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictRequest {
  keys: AgentPatchKey[];
  base: AgentFormInput;
  theirs: AgentFormInput;
  mine: AgentFormInput;
  resolve: (choices: Record<string, ConflictChoice> | null) => void;
}

const choices = retryableLazy(async () => (await import('./conflict-choices.tsx')).ConflictChoices);

/** The dialog is rare: its contents load while the page is idle, before anyone needs them. */
export const preloadConflictChoices = choices.preload;

export function ConflictDialog({ request }: { request: ConflictRequest | null }) {
  return (
    <ModalDialog
      open={request !== null}
      title="Someone else changed the same fields"
      onDismiss={() => request?.resolve(null)}
    >
      {request && (
        <ErrorBoundary
          resetKey={request.keys.join()}
          fallback={(error, reset) => (
            <>
              <Text size="sm" role="alert">
                The choices could not be loaded
                {error instanceof Error ? `: ${error.message}` : ''}. Nothing was saved.
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => request.resolve(null)}>
                  Cancel
                </Button>
                <Button
                  onClick={() => {
                    choices.retry();
                    reset();
                  }}
                >
                  Retry
                </Button>
              </Group>
            </>
          )}
        >
          <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the choices" />}>
            <choices.Loaded key={request.keys.join()} request={request} />
          </Suspense>
        </ErrorBoundary>
      )}
    </ModalDialog>
  );
}
