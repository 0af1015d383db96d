import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { showToast } from '../../../components/toasts.tsx';
import { listAgents } from '../../../api/agents-api.ts';
import { agentKeys } from '../agent-queries.ts';
import { agentToFormInput, previewHandoff, toFormOutput } from '../form/agent-form-input.ts';
import { createAgentFormSchema } from '../form/agent-form-schema.ts';
import type { AgentFormInput, AgentFormOutput } from '../form/agent-form-values.ts';
import { serverFieldErrors } from '../form/server-field-errors.ts';
import { buildAgentPatch, changedFieldLabels } from '../patch/build-agent-patch.ts';
import { clearDraft, loadDraft, saveDraft } from './agent-drafts.ts';
import type { ConflictChoice, ConflictRequest } from './conflict-dialog.tsx';
import { mergeAgentEdits, takeField } from './merge-agent-edits.ts';
import { changedInputs, rebaseForm } from './rebase-form.ts';
import { useSaveAgent } from './use-save-agent.ts';

export class AgentDeletedError extends Error {
  constructor() {
    super('This agent no longer exists in OpenCX: it was deleted while you were editing.');
    this.name = 'AgentDeletedError';
  }
}

export interface RemoteChanges {
  taken: AgentPatchKey[];
  conflicts: AgentPatchKey[];
}

export type SavePhase = 'idle' | 'checking' | 'choosing' | 'saving';

const sameVersion = (a: PhoneAgent, b: PhoneAgent) =>
  a.updated_at && b.updated_at ? a.updated_at === b.updated_at : a === b;

export function useAgentEditor(agent: PhoneAgent) {
  const queryClient = useQueryClient();
  const [restored] = useState(() => loadDraft(agent.id));
  // The version the user's edits are based on: what a save compares against.
  const baseRef = useRef<PhoneAgent>(restored?.base ?? agent);
  const [base, setBaseState] = useState(baseRef.current);
  // Where the two sides diverged while a conflict waits for the user's choice.
  const conflictBase = useRef<AgentFormInput | null>(null);
  const [remote, setRemote] = useState<RemoteChanges | null>(null);
  const [conflictRequest, setConflictRequest] = useState<ConflictRequest | null>(null);
  const [draftSavedAt, setDraftSavedAt] = useState(restored?.savedAt ?? null);
  const [phase, setPhase] = useState<SavePhase>('idle');
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const schema = useMemo(() => createAgentFormSchema(base), [base]);
  const form = useForm<AgentFormInput, unknown, AgentFormOutput>({
    defaultValues: agentToFormInput(base),
    resolver: zodResolver(schema),
    mode: 'onTouched',
  });
  const save = useSaveAgent(agent.id);

  const values = form.watch();
  const savedHandoff = base.handoff_phone_number ?? null;
  const preview = toFormOutput(values, previewHandoff(values.handoff_phone_number, savedHandoff));
  const hasChanges = Object.keys(buildAgentPatch(base, preview)).length > 0;

  const setBase = (next: PhoneAgent) => {
    baseRef.current = next;
    setBaseState(next);
  };

  /** Moves the form onto a newer version of the agent, keeping the user's own edits. */
  const rebaseOnto = (theirs: PhoneAgent) => {
    const oldBase = agentToFormInput(baseRef.current);
    const result = mergeAgentEdits(
      conflictBase.current ?? oldBase,
      agentToFormInput(theirs),
      form.getValues(),
    );
    conflictBase.current = result.conflicts.length ? (conflictBase.current ?? oldBase) : null;
    rebaseForm(form, agentToFormInput(theirs), result.merged);
    setBase(theirs);
    return result;
  };

  // Once only: StrictMode re-runs effects, and a second pass would undo the rebase below.
  const restoreApplied = useRef(false);
  useEffect(() => {
    if (!restored || restoreApplied.current) return;
    restoreApplied.current = true;
    rebaseForm(form, agentToFormInput(restored.base), restored.input);
  }, [form, restored]);

  // A newer version arrived: a refetch on focus or interval brought a colleague's save.
  useEffect(() => {
    if (inFlight.current || sameVersion(agent, baseRef.current)) return;
    const { theirs, conflicts } = rebaseOnto(agent);
    if (theirs.length || conflicts.length) setRemote({ taken: theirs, conflicts });
    // Only a new agent from the cache should trigger this; the rest is read through refs.
  }, [agent]); // eslint-disable-line react-hooks/exhaustive-deps

  // The draft survives a reload or a crash; it is written shortly after typing stops.
  const snapshot = JSON.stringify(values);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (hasChanges) saveDraft(agent.id, baseRef.current, form.getValues());
      else clearDraft(agent.id);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [snapshot, hasChanges, agent.id, form]);

  const askConflicts = (keys: AgentPatchKey[], theirs: PhoneAgent) =>
    new Promise<Record<string, ConflictChoice> | null>((resolve) => {
      setConflictRequest({
        keys,
        base: conflictBase.current ?? agentToFormInput(theirs),
        theirs: agentToFormInput(theirs),
        mine: form.getValues(),
        resolve: (choices) => {
          setConflictRequest(null);
          resolve(choices);
        },
      });
    });

  const readFresh = async () => {
    // Read under a key of its own: if the agent is gone, writing that list into the shared cache
    // would unmount this form, and with it the edits the user still needs to copy.
    const list = await queryClient.fetchQuery({
      queryKey: agentKeys.beforeSave(agent.id),
      queryFn: ({ signal }) => listAgents(signal, { revalidate: true }),
      staleTime: 0,
      gcTime: 0,
    });
    const fresh = list.find((a) => a.id === agent.id);
    if (!fresh) throw new AgentDeletedError();
    queryClient.setQueryData(agentKeys.list(), list);
    return fresh;
  };

  const runSave = async () => {
    if (!(await form.trigger())) return;
    setPhase('checking');
    const fresh = await readFresh();
    const { conflicts } = rebaseOnto(fresh);
    if (conflicts.length) {
      setPhase('choosing');
      const choices = await askConflicts(conflicts, fresh);
      if (!choices) return;
      let resolved = form.getValues();
      for (const key of conflicts) {
        if (choices[key] === 'theirs') resolved = takeField(key, resolved, agentToFormInput(fresh));
      }
      conflictBase.current = null;
      rebaseForm(form, agentToFormInput(fresh), resolved);
    }
    const parsed = await createAgentFormSchema(fresh).safeParseAsync(form.getValues());
    if (!parsed.success) {
      await form.trigger();
      return;
    }
    const patch = buildAgentPatch(fresh, parsed.data);
    if (Object.keys(patch).length === 0) {
      rebaseForm(form, agentToFormInput(fresh), agentToFormInput(fresh));
      setRemote(null);
      return;
    }
    setPhase('saving');
    const submitted = form.getValues();
    const saved = await save.mutateAsync(patch);
    const typedMeanwhile = changedInputs(submitted, form.getValues());
    const next = { ...agentToFormInput(saved) };
    const current = form.getValues();
    for (const key of typedMeanwhile) Object.assign(next, { [key]: current[key] });
    setBase(saved);
    rebaseForm(form, agentToFormInput(saved), next);
    setRemote(null);
    setDraftSavedAt(null);
    if (typedMeanwhile.length === 0) clearDraft(agent.id);
    showToast({
      color: 'green',
      title: 'Agent saved',
      message: `Saved: ${changedFieldLabels(patch).join(', ')}`,
    });
  };

  /** Enter, clicks and mod+S arriving together still send one PATCH. */
  const submit = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setError(null);
    try {
      await runSave();
    } catch (caught) {
      setError(caught);
      for (const [field, message] of serverFieldErrors(caught)) form.setError(field, { message });
    } finally {
      inFlight.current = false;
      setPhase('idle');
    }
  };

  const discard = () => {
    conflictBase.current = null;
    setBase(agent);
    rebaseForm(form, agentToFormInput(agent), agentToFormInput(agent));
    clearDraft(agent.id);
    setRemote(null);
    setDraftSavedAt(null);
    setError(null);
  };

  return {
    form,
    base,
    hasChanges,
    phase,
    error,
    remote,
    dismissRemote: () => setRemote(null),
    draftSavedAt,
    dismissDraftNotice: () => setDraftSavedAt(null),
    conflictRequest,
    submit,
    discard,
  };
}
