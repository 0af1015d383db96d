import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatch, AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { HistorySource } from '../../../api/schemas/history.ts';
import { agentToFormInput, previewHandoff, toFormOutput } from '../form/agent-form-input.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { buildAgentPatch, FIELD_LABELS } from '../patch/build-agent-patch.ts';
import { INPUTS_OF, sameField } from './merge-agent-edits.ts';

/** Where an edit came from when the user did not type it: History's Revert, or Undo. */
export type EditOrigin = Extract<HistorySource, 'revert' | 'undo'>;

/** The form's inputs just after edits of one origin were applied, per field they touched. */
export type AppliedEdits = Partial<
  Record<AgentPatchKey, { origin: EditOrigin; values: AgentFormInput }>
>;

/**
 * What the form would save, field by field: the one picture the save bar, the field markers, the
 * review, the drafts and the save itself all read.
 */
export interface ChangeSet {
  /** The agent the edits are measured against. */
  base: PhoneAgent;
  /** That agent as form inputs: the "saved" side of every row. */
  saved: AgentFormInput;
  /** The form's inputs now: the "new" side. */
  values: AgentFormInput;
  /** The changed fields, in form order; exactly the keys of `patch`. */
  keys: AgentPatchKey[];
  /** The PATCH body as far as it can be known without parsing the handoff number. */
  patch: AgentPatch;
  /** Fields taken into the form from a change made elsewhere since the edits began. */
  taken: AgentPatchKey[];
  /** Changed fields that still hold what a Revert or Undo put there; typed ones are absent. */
  origins: Partial<Record<AgentPatchKey, EditOrigin>>;
}

const FORM_ORDER = Object.keys(FIELD_LABELS) as AgentPatchKey[];

export function computeChangeSet(
  base: PhoneAgent,
  values: AgentFormInput,
  taken: AgentPatchKey[] = [],
  applied: AppliedEdits = {},
): ChangeSet {
  const handoff = previewHandoff(values.handoff_phone_number, base.handoff_phone_number ?? null);
  const patch = buildAgentPatch(base, toFormOutput(values, handoff));
  const keys = FORM_ORDER.filter((key) => key in patch);
  const origins: ChangeSet['origins'] = {};
  for (const key of keys) {
    const edit = applied[key];
    if (edit && sameField(key, edit.values, values)) origins[key] = edit.origin;
  }
  return { base, saved: agentToFormInput(base), values, keys, patch, taken, origins };
}

/**
 * What to record as the source of a save of `sent`: revert or undo when every sent field still
 * holds what that put there; a save with any typed field is the editor's.
 */
export function saveSource(changes: ChangeSet, sent: AgentPatchKey[]): HistorySource {
  const first = sent[0] ? changes.origins[sent[0]] : undefined;
  return first && sent.every((key) => changes.origins[key] === first) ? first : 'editor';
}

/** The form's inputs with `key` back at its saved value. */
export function resetField(changes: ChangeSet, key: AgentPatchKey): AgentFormInput {
  const next = { ...changes.values };
  for (const input of INPUTS_OF[key]) Object.assign(next, { [input]: changes.saved[input] });
  return next;
}

/**
 * The inputs that put back what `before` held for every field a save sent: Undo offers these
 * as edits, so they go through the same re-read, merge and PATCH as any other save.
 */
export function undoInputs(before: PhoneAgent, sent: AgentPatchKey[]): Partial<AgentFormInput> {
  const previous = agentToFormInput(before);
  const inputs: Partial<AgentFormInput> = {};
  for (const key of sent) {
    for (const input of INPUTS_OF[key]) Object.assign(inputs, { [input]: previous[input] });
  }
  return inputs;
}

export interface SaveSummary {
  sent: AgentPatchKey[];
  /** Fields this save took from someone else's change and did not send. */
  taken: AgentPatchKey[];
}

const labels = (keys: AgentPatchKey[]) => keys.map((key) => FIELD_LABELS[key]).join(', ');

/** "Saved: Handoff phone number", and "Also took Type from a change made elsewhere." */
export function describeSave(summary: SaveSummary): { saved: string; taken: string | null } {
  const taken = summary.taken.filter((key) => !summary.sent.includes(key));
  return {
    saved: `Saved: ${labels(summary.sent)}`,
    taken: taken.length ? `Also took ${labels(taken)} from a change made elsewhere.` : null,
  };
}

/**
 * A multi-language agent whose list the save would replace with one language (PATCH names only
 * the primary one): the user has to agree to it explicitly.
 */
export function languageReplacement(
  changes: ChangeSet,
): { languages: string[]; next: string | null } | null {
  const saved = changes.base.language;
  if (!Array.isArray(saved) || saved.length < 2 || !changes.keys.includes('language')) return null;
  return { languages: saved, next: changes.values.language };
}
