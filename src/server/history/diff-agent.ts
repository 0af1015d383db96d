import type { HistoryChange } from '../../api/schemas/history.ts';

type AgentRecord = Record<string, unknown>;

/** Moves with every write, so it says "something changed" but is never itself a change. */
const BOOKKEEPING = new Set(['id', 'updated_at', 'created_at']);

/** Key order must not count as a difference: OpenCX may answer with keys in any order. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

/** The fields whose values differ between two states of one agent, in a stable order. */
export function diffAgents(before: AgentRecord, after: AgentRecord): HistoryChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => !BOOKKEEPING.has(key) && !sameValue(before[key], after[key]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/**
 * What a save changed: the fields it sent, before (the last state seen) and after (OpenCX's
 * answer). A field sent with its old value changed nothing and is left out, unless nothing
 * changed at all, when the entry still says what was sent.
 */
export function diffSave(
  sentFields: readonly string[],
  before: AgentRecord | undefined,
  after: AgentRecord,
): HistoryChange[] {
  const changes = sentFields.map((field) => ({
    field,
    before: before ? (before[field] ?? null) : null,
    after: after[field] ?? null,
  }));
  const changed = changes.filter((change) => !sameValue(change.before, change.after));
  return changed.length > 0 ? changed : changes;
}
