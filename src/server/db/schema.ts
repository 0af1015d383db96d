import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** One field of an agent as it was before a change and after it. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type HistoryKind = 'save' | 'outside';
export type HistoryOutcome = 'saved' | 'failed' | 'observed';
export type HistorySource = 'editor' | 'undo' | 'revert' | 'bulk';

export interface HistoryEntriesTable {
  id: Generated<number>;
  /** Which OpenCX the entry belongs to: one org, or one tenant of the fake. */
  scope: string;
  at: ColumnType<Date, Date | string, never>;
  user_name: string | null;
  agent_id: string;
  agent_name: string;
  kind: HistoryKind;
  source: HistorySource | null;
  outcome: HistoryOutcome;
  reason: string | null;
  changes: JSONColumnType<FieldChange[]>;
  /** The changed fields' names, so "which entries touched X" is an indexed lookup. */
  fields: ColumnType<string[], string[], string[]>;
}

export interface AgentSnapshotsTable {
  scope: string;
  agent_id: string;
  snapshot: JSONColumnType<Record<string, unknown>>;
  seen_at: ColumnType<Date, Date | string, Date | string>;
}

export interface Database {
  history_entries: HistoryEntriesTable;
  agent_snapshots: AgentSnapshotsTable;
}
