import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';

type FieldValue = string | boolean | string[] | null;

const sorted = (ids: string[]) => [...new Set(ids)].sort();

/** Each editable OpenCX field, read from the form's inputs in comparable form. */
const READ: Record<AgentPatchKey, (input: AgentFormInput) => FieldValue> = {
  name: (i) => i.name.trim(),
  type: (i) => i.type,
  voice_id: (i) => i.voice_id,
  language: (i) => i.language,
  first_message: (i) => (i.first_message.trim() === '' ? null : i.first_message),
  handoff_phone_number: (i) => i.handoff_phone_number.trim() || null,
  use_org_knowledgebase: (i) => i.use_org_knowledgebase,
  // The three actions states are one field to OpenCX: null, [] or a list.
  actionIds: (i) =>
    i.actions_mode === 'all' ? null : i.actions_mode === 'none' ? [] : sorted(i.action_ids),
  instructions: (i) => sorted(i.instructions),
};

/** The form inputs that hold each field. */
export const INPUTS_OF: Record<AgentPatchKey, (keyof AgentFormInput)[]> = {
  name: ['name'],
  type: ['type'],
  voice_id: ['voice_id'],
  language: ['language'],
  first_message: ['first_message'],
  handoff_phone_number: ['handoff_phone_number'],
  use_org_knowledgebase: ['use_org_knowledgebase'],
  actionIds: ['actions_mode', 'action_ids'],
  instructions: ['instructions'],
};

export const EDITABLE_FIELDS = Object.keys(READ) as AgentPatchKey[];

export function sameField(key: AgentPatchKey, a: AgentFormInput, b: AgentFormInput): boolean {
  return JSON.stringify(READ[key](a)) === JSON.stringify(READ[key](b));
}

export function takeField(key: AgentPatchKey, into: AgentFormInput, from: AgentFormInput) {
  const next = { ...into };
  for (const input of INPUTS_OF[key]) (next as Record<string, unknown>)[input] = from[input];
  return next;
}

export interface MergeResult {
  /** The user's inputs with every field only the other side changed taken from theirs. */
  merged: AgentFormInput;
  /** Fields changed elsewhere and taken into the form. */
  theirs: AgentPatchKey[];
  /** Fields both sides changed to different values: the user has to choose. */
  conflicts: AgentPatchKey[];
}

/** A per-field three-way merge of the user's edits onto a newer version of the agent. */
export function mergeAgentEdits(
  base: AgentFormInput,
  theirs: AgentFormInput,
  mine: AgentFormInput,
): MergeResult {
  let merged = mine;
  const theirsChanged: AgentPatchKey[] = [];
  const conflicts: AgentPatchKey[] = [];
  for (const key of EDITABLE_FIELDS) {
    if (sameField(key, theirs, base)) continue;
    if (sameField(key, mine, base)) {
      merged = takeField(key, merged, theirs);
      theirsChanged.push(key);
    } else if (!sameField(key, mine, theirs)) {
      conflicts.push(key);
    }
  }
  return { merged, theirs: theirsChanged, conflicts };
}
