import type { JobStatus, StepStatus } from '../../api/schemas/bulk.ts';
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
  /** The bulk job that made the change, if one did. */
  job_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AgentSnapshotsTable {
  scope: string;
  agent_id: string;
  snapshot: JSONColumnType<Record<string, unknown>>;
  seen_at: ColumnType<Date, Date | string, Date | string>;
}

export type BulkJobKind = 'edit' | 'revert';
export type BulkJobStatus = JobStatus;
/** `in_flight`: claimed by a runner, maybe sent; shown as pending. */
export type BulkStepStatus = StepStatus | 'in_flight';

export interface BulkJobsTable {
  id: string;
  scope: string;
  kind: BulkJobKind;
  revert_of: string | null;
  status: BulkJobStatus;
  user_name: string;
  created_at: ColumnType<Date, Date | string, never>;
  finished_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  edit: JSONColumnType<Record<string, unknown>>;
}

export interface BulkJobStepsTable {
  job_id: string;
  position: number;
  agent_id: string;
  agent_name: string;
  status: BulkStepStatus;
  reason: string | null;
  changes: JSONColumnType<FieldChange[]>;
  target: JSONColumnType<FieldChange[] | null, string | null, string | null>;
  claimed_by: string | null;
  claimed_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface BulkRateBudgetTable {
  key: string;
  next_at_ms: number;
}

export interface Database {
  history_entries: HistoryEntriesTable;
  agent_snapshots: AgentSnapshotsTable;
  bulk_jobs: BulkJobsTable;
  bulk_job_steps: BulkJobStepsTable;
  bulk_rate_budget: BulkRateBudgetTable;
}
