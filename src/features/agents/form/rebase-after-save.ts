import type { AgentFormInput } from './agent-form-values.ts';

const FIELDS: (keyof AgentFormInput)[] = [
  'name',
  'type',
  'voice_id',
  'language',
  'first_message',
  'handoff_phone_number',
  'use_org_knowledgebase',
  'actions_mode',
  'action_ids',
  'instructions',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields the user edited again while a save was in flight: those keep the newer text, every
 * other field takes the value the server saved.
 */
export function fieldsEditedDuringSave(
  submitted: AgentFormInput,
  current: AgentFormInput,
): (keyof AgentFormInput)[] {
  return FIELDS.filter((key) => !same(submitted[key], current[key]));
}
