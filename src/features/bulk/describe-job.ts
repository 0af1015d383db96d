import type { BulkEdit, JobCounts, JobStatus, JobSummary } from '../../api/schemas/bulk.ts';
import { fieldLabel, type Lookups } from '../history/public-api.ts';
import { describeBulkValue } from './describe-bulk-value.ts';

export const STATUS_LABELS: Record<JobStatus, string> = {
  running: 'Running',
  paused: 'Paused',
  cancelled: 'Cancelled',
  completed: 'Completed',
};

export const STATUS_COLORS: Record<JobStatus, string> = {
  running: 'blue',
  paused: 'yellow',
  cancelled: 'gray',
  completed: 'green',
};

const LIST_VERBS = { set: 'set exactly to', add: 'add', remove: 'remove' } as const;

/** Each field the edit sets, in words: "Handoff phone number: +1 415 555 0199". */
export function describeEdit(
  edit: BulkEdit,
  lookups: Lookups,
  formatPhone: (e164: string) => string,
): string[] {
  const lines: string[] = [];
  const simple = [
    'type',
    'voice_id',
    'language',
    'first_message',
    'handoff_phone_number',
    'use_org_knowledgebase',
  ] as const;
  for (const field of simple) {
    if (edit[field] === undefined) continue;
    lines.push(
      `${fieldLabel(field)}: ${describeBulkValue(field, edit[field], lookups, formatPhone)}`,
    );
  }
  if (edit.actions) {
    const { actions } = edit;
    lines.push(
      actions.mode === 'all' || actions.mode === 'none'
        ? `Actions: ${actions.mode === 'all' ? 'All actions' : 'No actions'}`
        : `Actions: ${LIST_VERBS[actions.mode]} ${describeBulkValue('actionIds', actions.ids, lookups, formatPhone)}`,
    );
  }
  if (edit.scenarios) {
    const { scenarios } = edit;
    lines.push(
      `Training scenarios: ${LIST_VERBS[scenarios.mode]} ${describeBulkValue('instructions', scenarios.ids, lookups, formatPhone)}`,
    );
  }
  return lines;
}

/** What the job is, in a few words, for the jobs list. */
export function jobTitle(job: Pick<JobSummary, 'kind' | 'edit'>): string {
  if (job.kind === 'revert') return 'Revert of a bulk edit';
  const fields = Object.keys(job.edit).map((key) =>
    key === 'actions' ? 'Actions' : key === 'scenarios' ? 'Training scenarios' : fieldLabel(key),
  );
  return `Bulk edit: ${fields.join(', ') || 'nothing'}`;
}

export function describeTimeLeft(seconds: number | null): string | null {
  if (seconds === null) return null;
  if (seconds < 60) return 'Less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} left`;
  return `About ${Math.round(minutes / 6) / 10} hours left`;
}

/** Agents the job is done with, whatever the outcome. */
export const settledCount = (counts: JobCounts) => counts.done + counts.skipped + counts.failed;
