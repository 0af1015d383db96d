import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { whenIdle } from '../../../lib/when-idle.ts';
import { agentToFormInput } from '../form/agent-form-input.ts';
import { createAgentFormSchema } from '../form/agent-form-schema.ts';
import type { AgentFormInput, AgentFormOutput } from '../form/agent-form-values.ts';
import { clearDraft, loadDraft } from './agent-drafts.ts';
import { languageReplacement, undoInputs, type EditOrigin } from './change-set.ts';
import { ChangeSetStore } from './change-set-store.ts';
import { preloadConflictChoices } from './conflict-dialog.tsx';
import { useAgentBaseline } from './use-agent-baseline.ts';
import { useConflictPrompt } from './use-conflict-prompt.ts';
import { useDraftAutosave } from './use-draft-autosave.ts';
import { useSaveChanges, type SaveResult } from './use-save-changes.ts';

/** The editor: a form over the saved agent, its change set, and the save. */
export function useAgentEditor(agent: PhoneAgent) {
  const [restored] = useState(() => loadDraft(agent.id));
  const [initialBase] = useState(() => restored?.base ?? agent);
  const [store] = useState(() => new ChangeSetStore(initialBase, agentToFormInput(initialBase)));
  const [draftSavedAt, setDraftSavedAt] = useState(restored?.savedAt ?? null);
  const [summary, setSummary] = useState<SaveResult | null>(null);
  const [reviewing, setReviewing] = useState(false);
  // The language the user agreed may replace a multi-language agent's list; undefined: none yet.
  const [confirmedLanguage, setConfirmedLanguage] = useState<string | null | undefined>();

  // The resolver follows the baseline: "a name, once there, cannot be blanked" reads the agent.
  const [schemaBase, setSchemaBase] = useState(initialBase);
  const schema = useMemo(() => createAgentFormSchema(schemaBase), [schemaBase]);
  const form = useForm<AgentFormInput, unknown, AgentFormOutput>({
    defaultValues: agentToFormInput(initialBase),
    resolver: zodResolver(schema),
    mode: 'onTouched',
  });

  // Typing feeds the change set outside React; only what reads a changed slice re-renders.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: () => store.typed(form.getValues()),
      }),
    [form, store],
  );
  // The conflict dialog's contents load while the page is idle, never in the middle of typing.
  useEffect(() => {
    whenIdle(preloadConflictChoices);
  }, []);
  useDraftAutosave(agent.id, store);

  const baseline = useAgentBaseline(form, store, agent, restored);
  if (baseline.base !== schemaBase) setSchemaBase(baseline.base);
  const conflicts = useConflictPrompt();
  const save = useSaveChanges(agent.id, form, store, baseline, conflicts.ask);

  const submit = async (options?: Parameters<typeof save.submit>[0]) => {
    store.publish();
    const replacement = languageReplacement(store.get());
    if (!options?.only && replacement && replacement.next !== confirmedLanguage) {
      // Replacing every language needs an explicit yes, which the review asks for.
      setReviewing(true);
      return;
    }
    const result = await save.submit(options);
    if (result) {
      setSummary(result);
      setDraftSavedAt(null);
    }
  };

  /**
   * Puts values from elsewhere (an older version, Undo) into the form as unsaved edits; with an
   * origin, a save of exactly those edits is recorded as that (a revert, an undo).
   */
  const applyEdits = useCallback(
    (values: Partial<AgentFormInput>, origin?: EditOrigin) => {
      const current = form.getValues();
      for (const [key, value] of Object.entries(values) as [keyof AgentFormInput, never][]) {
        if (JSON.stringify(current[key]) === JSON.stringify(value)) continue;
        form.setValue(key, value, { shouldDirty: true, shouldValidate: false });
      }
      const inputs = Object.keys(values) as (keyof AgentFormInput)[];
      if (origin) store.markApplied(origin, inputs, form.getValues());
      else store.setValues(form.getValues());
    },
    [form, store],
  );

  const discard = () => {
    baseline.settle(agent, agentToFormInput(agent));
    clearDraft(agent.id);
    setDraftSavedAt(null);
    setSummary(null);
    setConfirmedLanguage(undefined);
    save.resetError();
  };

  return {
    form,
    store,
    base: baseline.base,
    pending: save.pending,
    error: save.error,
    remote: baseline.remote,
    dismissRemote: baseline.dismissRemote,
    draftSavedAt,
    dismissDraftNotice: () => setDraftSavedAt(null),
    conflictRequest: conflicts.request,
    summary,
    review: { open: reviewing, show: () => setReviewing(true), close: () => setReviewing(false) },
    languageConfirmed: (language: string | null) => confirmedLanguage === language,
    confirmLanguage: setConfirmedLanguage,
    dismissSummary: () => setSummary(null),
    submit,
    discard,
    applyEdits,
    undo: (result: SaveResult) => {
      applyEdits(undoInputs(result.before, result.sent), 'undo');
      return submit({ only: result.sent });
    },
  };
}

export type AgentEditor = ReturnType<typeof useAgentEditor>;
