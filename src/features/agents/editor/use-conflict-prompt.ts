import { useState } from 'react';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import type { ConflictChoice, ConflictRequest } from './conflict-dialog.tsx';

/** Asks, through the conflict dialog, which side wins each field both sides changed. */
export function useConflictPrompt() {
  const [request, setRequest] = useState<ConflictRequest | null>(null);
  const ask = (
    keys: AgentPatchKey[],
    versions: { base: AgentFormInput; theirs: AgentFormInput; mine: AgentFormInput },
  ) =>
    new Promise<Record<string, ConflictChoice> | null>((resolve) => {
      setRequest({
        keys,
        ...versions,
        resolve: (choices) => {
          setRequest(null);
          resolve(choices);
        },
      });
    });
  return { request, ask };
}
