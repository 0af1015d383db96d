import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatch, AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { agentToFormInput } from '../form/agent-form-input.ts';
import { createAgentFormSchema } from '../form/agent-form-schema.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { serverFieldErrors } from '../form/server-field-errors.ts';
import { buildAgentPatch } from '../patch/build-agent-patch.ts';
import { clearDraft } from './agent-drafts.ts';
import { saveSource } from './change-set.ts';
import type { ChangeSetStore } from './change-set-store.ts';
import type { ConflictChoice } from './conflict-dialog.tsx';
import { INPUTS_OF, takeField } from './merge-agent-edits.ts';
import { patchAgentOnce } from './patch-agent-once.ts';
import { readFreshAgent } from './read-fresh-agent.ts';
import { changedInputs } from './rebase-form.ts';
import type { AgentBaseline, AgentFormApi } from './use-agent-baseline.ts';

export interface SaveOptions {
  /** Send only these fields (Undo); other edits stay in the form, unsaved. */
  only?: AgentPatchKey[];
}

export interface SaveResult {
  saved: PhoneAgent;
  /** The agent just before this PATCH, as the re-read found it: what Undo goes back to. */
  before: PhoneAgent;
  sent: AgentPatchKey[];
  taken: AgentPatchKey[];
}

type AskConflicts = (
  keys: AgentPatchKey[],
  versions: { base: AgentFormInput; theirs: AgentFormInput; mine: AgentFormInput },
) => Promise<Record<string, ConflictChoice> | null>;

function pick(patch: AgentPatch, keys: AgentPatchKey[] | undefined): AgentPatch {
  if (!keys) return patch;
  return Object.fromEntries(Object.entries(patch).filter(([k]) => keys.includes(k as never)));
}

/**
 * The save as one mutation: re-read the agent, merge the edits onto it (asking about fields both
 * sides changed), PATCH only what differs, then make OpenCX's answer the new baseline.
 */
export function useSaveChanges(
  agentId: string,
  form: AgentFormApi,
  store: ChangeSetStore,
  baseline: AgentBaseline,
  askConflicts: AskConflicts,
) {
  const queryClient = useQueryClient();
  const inFlight = useRef(false);

  const mutation = useMutation({
    mutationKey: ['agents', 'save', agentId],
    mutationFn: async (options: SaveOptions): Promise<SaveResult | null> => {
      const fresh = await readFreshAgent(queryClient, agentId);
      const { conflicts } = baseline.rebaseOnto(fresh);
      if (conflicts.length) {
        const choices = await askConflicts(conflicts, {
          base: baseline.conflictBase.current ?? agentToFormInput(fresh),
          theirs: agentToFormInput(fresh),
          mine: form.getValues(),
        });
        if (!choices) return null;
        let resolved = form.getValues();
        for (const key of conflicts) {
          if (choices[key] === 'theirs')
            resolved = takeField(key, resolved, agentToFormInput(fresh));
        }
        baseline.conflictBase.current = null;
        baseline.show(fresh, resolved);
      }
      const parsed = await createAgentFormSchema(fresh).safeParseAsync(form.getValues());
      if (!parsed.success) {
        await form.trigger(undefined, { shouldFocus: true });
        return null;
      }
      const patch = pick(buildAgentPatch(fresh, parsed.data), options.only);
      const sent = Object.keys(patch) as AgentPatchKey[];
      if (sent.length === 0) {
        if (!options.only) baseline.settle(fresh, agentToFormInput(fresh));
        return null;
      }
      const submitted = form.getValues();
      const taken = baseline.taken.current;
      const source = saveSource(store.get(), sent);
      const saved = await patchAgentOnce(queryClient, agentId, patch, source);
      const current = form.getValues();
      const unsent = options.only
        ? Object.values(INPUTS_OF)
            .flat()
            .filter((input) => !sent.some((k) => INPUTS_OF[k].includes(input)))
        : [];
      const keep = new Set([...changedInputs(submitted, current), ...unsent]);
      const next = agentToFormInput(saved);
      for (const input of keep) Object.assign(next, { [input]: current[input] });
      baseline.settle(saved, next);
      if (keep.size === 0) clearDraft(agentId);
      return { saved, before: fresh, sent, taken };
    },
  });

  /** Enter, clicks and mod+S arriving together still send one PATCH. */
  const submit = async (options: SaveOptions = {}): Promise<SaveResult | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    baseline.saving.current = true;
    mutation.reset();
    try {
      if (!(await form.trigger(undefined, { shouldFocus: true }))) return null;
      return await mutation.mutateAsync(options);
    } catch (caught) {
      for (const [field, message] of serverFieldErrors(caught)) form.setError(field, { message });
      return null;
    } finally {
      inFlight.current = false;
      baseline.saving.current = false;
    }
  };

  return {
    submit,
    pending: mutation.isPending,
    error: mutation.error,
    resetError: mutation.reset,
  };
}
