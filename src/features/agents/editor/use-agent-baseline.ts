import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { agentToFormInput } from '../form/agent-form-input.ts';
import type { AgentFormInput, AgentFormOutput } from '../form/agent-form-values.ts';
import type { AgentDraft } from './agent-drafts.ts';
import type { ChangeSetStore } from './change-set-store.ts';
import { mergeAgentEdits, type MergeResult } from './merge-agent-edits.ts';
import { rebaseForm } from './rebase-form.ts';

export type AgentFormApi = UseFormReturn<AgentFormInput, unknown, AgentFormOutput>;

export interface RemoteChanges {
  taken: AgentPatchKey[];
  conflicts: AgentPatchKey[];
}

const sameVersion = (a: PhoneAgent, b: PhoneAgent) =>
  a.updated_at && b.updated_at ? a.updated_at === b.updated_at : a === b;

/**
 * The saved agent the edits are measured against, and moving the form onto a newer one: after
 * a colleague's save (merged), after our own save, or after a discard.
 */
export function useAgentBaseline(
  form: AgentFormApi,
  store: ChangeSetStore,
  agent: PhoneAgent,
  restored: AgentDraft | null,
) {
  const baseRef = useRef<PhoneAgent>(restored?.base ?? agent);
  const [base, setBaseState] = useState(baseRef.current);
  // Where the two sides diverged while a conflict waits for the user's choice.
  const conflictBase = useRef<AgentFormInput | null>(null);
  // Fields taken from changes made elsewhere since the edits began: the save names them.
  const taken = useRef<AgentPatchKey[]>([]);
  const [remote, setRemote] = useState<RemoteChanges | null>(null);

  const show = (next: PhoneAgent, values: AgentFormInput) => {
    baseRef.current = next;
    setBaseState(next);
    rebaseForm(form, agentToFormInput(next), values);
    store.setBase(next, form.getValues(), taken.current);
  };

  /** Moves the form onto a newer version of the agent, keeping the user's own edits. */
  const rebaseOnto = (theirs: PhoneAgent): MergeResult => {
    const oldBase = agentToFormInput(baseRef.current);
    const result = mergeAgentEdits(
      conflictBase.current ?? oldBase,
      agentToFormInput(theirs),
      form.getValues(),
    );
    conflictBase.current = result.conflicts.length ? (conflictBase.current ?? oldBase) : null;
    taken.current = [...new Set([...taken.current, ...result.theirs])];
    show(theirs, result.merged);
    return result;
  };

  /** `next` is now the saved agent and `values` what the form shows; nothing is pending. */
  const settle = (next: PhoneAgent, values: AgentFormInput) => {
    conflictBase.current = null;
    taken.current = [];
    show(next, values);
    setRemote(null);
  };

  // Once only: StrictMode re-runs effects, and a second pass would undo the rebase below.
  const restoreApplied = useRef(false);
  useEffect(() => {
    if (!restored || restoreApplied.current) return;
    restoreApplied.current = true;
    rebaseForm(form, agentToFormInput(restored.base), restored.input);
    store.setBase(restored.base, form.getValues());
  }, [form, restored, store]);

  const saving = useRef(false);
  // A newer version arrived: a refetch on focus or interval brought a colleague's save.
  useEffect(() => {
    if (saving.current || sameVersion(agent, baseRef.current)) return;
    const { theirs, conflicts } = rebaseOnto(agent);
    if (theirs.length || conflicts.length) setRemote({ taken: theirs, conflicts });
    // Only a new agent from the cache should trigger this; the rest is read through refs.
  }, [agent]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    base,
    baseRef,
    conflictBase,
    taken,
    /** Set while a save runs, so its own re-read is not mistaken for a colleague's change. */
    saving,
    remote,
    dismissRemote: () => setRemote(null),
    rebaseOnto,
    settle,
    show,
  };
}

export type AgentBaseline = ReturnType<typeof useAgentBaseline>;
