import type { PhoneAgent } from '../../../api/schemas/agent.ts';

/** Keys the form edits or the header shows; everything else is listed read-only. */
const SHOWN_ELSEWHERE = new Set([
  'id',
  'phone_number',
  'model',
  'created_at',
  'updated_at',
  'name',
  'type',
  'voice_id',
  'language',
  'first_message',
  'handoff_phone_number',
  'use_org_knowledgebase',
  'actionIds',
  'instructions',
]);

export function readOnlyEntries(agent: PhoneAgent): [string, string][] {
  return Object.entries(agent)
    .filter(([key]) => !SHOWN_ELSEWHERE.has(key))
    .map(([key, value]) => [key, formatValue(value)]);
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.length ? value.join(', ') : '(none)';
  }
  return JSON.stringify(value);
}
