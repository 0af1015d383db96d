import { AGENT_FIELD_LABELS } from '../../api/field-labels.ts';
import type { Action, TrainingScenario, Voice } from '../../api/schemas/lookups.ts';

export interface Lookups {
  voices?: Voice[];
  actions?: Action[];
  scenarios?: TrainingScenario[];
}

const FIELD_LABELS: Record<string, string> = { ...AGENT_FIELD_LABELS, updated_at: 'Last updated' };

export const FIELD_CHOICES = Object.entries(FIELD_LABELS)
  .filter(([field]) => field !== 'updated_at')
  .map(([value, label]) => ({ value, label }));

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const named = <T extends { id: string }>(
  list: T[] | undefined,
  id: string,
  name: (item: T) => unknown,
) => {
  const item = list?.find((candidate) => candidate.id === id);
  const text = item ? name(item) : null;
  return typeof text === 'string' && text.trim() ? text : id;
};

const list = (items: string[]) => (items.length ? items.join(', ') : '(none)');

/** A recorded value in words: names for voices, actions and scenarios, never bare IDs. */
export function describeValue(field: string, value: unknown, lookups: Lookups): string {
  if (value === null || value === undefined || value === '') {
    if (field === 'voice_id') return 'Default voice';
    if (field === 'actionIds') return 'All actions';
    if (field === 'handoff_phone_number') return '(no human handoff)';
    if (field === 'first_message') return '(blank: the agent says “Hello?”)';
    return '(not set)';
  }
  if (field === 'voice_id' && typeof value === 'string') {
    return named(lookups.voices, value, (voice) => voice.name);
  }
  if (field === 'actionIds' && Array.isArray(value)) {
    if (value.length === 0) return 'No actions';
    return list(value.map((id) => named(lookups.actions, String(id), (action) => action.name)));
  }
  if (field === 'instructions' && Array.isArray(value)) {
    return list(
      value.map((id) =>
        named(lookups.scenarios, String(id), (scenario) => scenario.title ?? scenario.draft_title),
      ),
    );
  }
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (Array.isArray(value)) return list(value.map(String));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
