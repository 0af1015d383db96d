import { Spinner } from '../../../components/spinner.tsx';
import { lazy, Suspense } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import type { AgentFormInput } from '../form/agent-form-values.ts';

export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictRequest {
  keys: AgentPatchKey[];
  base: AgentFormInput;
  theirs: AgentFormInput;
  mine: AgentFormInput;
  resolve: (choices: Record<string, ConflictChoice> | null) => void;
}

const loadChoices = () => import('./conflict-choices.tsx');
const ConflictChoices = lazy(async () => ({ default: (await loadChoices()).ConflictChoices }));

/** The dialog is rare; its contents load once there are edits that could conflict. */
export function preloadConflictChoices() {
  loadChoices().catch(() => undefined);
}

export function ConflictDialog({ request }: { request: ConflictRequest | null }) {
  return (
    <ModalDialog
      open={request !== null}
      title="Someone else changed the same fields"
      onDismiss={() => request?.resolve(null)}
    >
      {request && (
        <Suspense fallback={<Spinner label="Loading the choices" />}>
          <ConflictChoices key={request.keys.join()} request={request} />
        </Suspense>
      )}
    </ModalDialog>
  );
}
