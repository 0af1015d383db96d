import { sql, type Kysely } from 'kysely';
import type { Job, JobCounts, JobStep, JobSummary } from '../../api/schemas/bulk.ts';
import type { HistoryChange } from '../../api/schemas/history.ts';
import type { BulkJobKind, BulkJobStatus, BulkStepStatus, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface NewJob {
  id: string;
  scope: string;
  kind: BulkJobKind;
  revertOf: string | null;
  user: string;
  edit: Record<string, unknown>;
  steps: { agentId: string; agentName: string; target?: HistoryChange[] }[];
}

/** A step a runner has claimed: in flight until it is done, skipped, failed or released. */
export interface ClaimedStep {
  jobId: string;
  position: number;
  agentId: string;
  agentName: string;
  /** Non-empty: a send was planned, and maybe made, before this claim (a recovered step). */
  changes: HistoryChange[];
  target: HistoryChange[] | null;
}

export interface JobRow {
  id: string;
  scope: string;
  kind: BulkJobKind;
  status: BulkJobStatus;
  user: string;
  edit: Record<string, unknown>;
}

const INSERT_CHUNK = 1000;

export async function insertJob(db: Db, job: NewJob): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('bulk_jobs')
      .values({
        id: job.id,
        scope: job.scope,
        kind: job.kind,
        revert_of: job.revertOf,
        status: 'running',
        user_name: job.user,
        created_at: new Date(),
        finished_at: null,
        edit: JSON.stringify(job.edit),
      })
      .execute();
    for (let start = 0; start < job.steps.length; start += INSERT_CHUNK) {
      const rows = job.steps.slice(start, start + INSERT_CHUNK).map((step, index) => ({
        job_id: job.id,
        position: start + index,
        agent_id: step.agentId,
        agent_name: step.agentName,
        status: 'pending' as const,
        reason: null,
        changes: '[]',
        target: step.target ? JSON.stringify(step.target) : null,
        claimed_by: null,
        claimed_at: null,
        at: null,
      }));
      await trx.insertInto('bulk_job_steps').values(rows).execute();
    }
  });
}

export async function readJobRow(db: Db, id: string): Promise<JobRow | undefined> {
  const row = await db.selectFrom('bulk_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && {
      id: row.id,
      scope: row.scope,
      kind: row.kind,
      status: row.status,
      user: row.user_name,
      edit: row.edit,
    }
  );
}

async function countsOf(db: Db, jobIds: string[]): Promise<Map<string, JobCounts>> {
  const counts = new Map<string, JobCounts>();
  if (jobIds.length === 0) return counts;
  const rows = await db
    .selectFrom('bulk_job_steps')
    .select(['job_id', 'status', sql<number>`count(*)::int`.as('n')])
    .where('job_id', 'in', jobIds)
    .groupBy(['job_id', 'status'])
    .execute();
  for (const id of jobIds) counts.set(id, { total: 0, pending: 0, done: 0, skipped: 0, failed: 0 });
  for (const row of rows) {
    const c = counts.get(row.job_id);
    if (!c) continue;
    const n = Number(row.n);
    c.total += n;
    const key = row.status === 'in_flight' ? 'pending' : row.status;
    c[key] += n;
  }
  return counts;
}

type SummaryRow = {
  id: string;
  kind: BulkJobKind;
  revert_of: string | null;
  status: BulkJobStatus;
  user_name: string;
  created_at: Date;
  finished_at: Date | null;
  edit: Record<string, unknown>;
};

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

function summaryOf(row: SummaryRow, counts: JobCounts, intervalMs: number): JobSummary {
  return {
    id: row.id,
    kind: row.kind,
    revertOf: row.revert_of,
    status: row.status,
    user: row.user_name,
    createdAt: iso(row.created_at) ?? '',
    finishedAt: iso(row.finished_at),
    edit: row.edit as JobSummary['edit'],
    counts,
    secondsLeft: row.status === 'running' ? Math.ceil((counts.pending * intervalMs) / 1000) : null,
  };
}

/** Newest first. */
export async function listJobs(
  db: Db,
  scope: string,
  intervalMs: number,
  limit = 100,
): Promise<JobSummary[]> {
  const rows = await db
    .selectFrom('bulk_jobs')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const counts = await countsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => summaryOf(row, counts.get(row.id)!, intervalMs));
}

export async function readJob(
  db: Db,
  scope: string,
  id: string,
  intervalMs: number,
): Promise<Job | undefined> {
  const row = await db
    .selectFrom('bulk_jobs')
    .selectAll()
    .where('id', '=', id)
    .where('scope', '=', scope)
    .executeTakeFirst();
  if (!row) return undefined;
  const counts = await countsOf(db, [id]);
  const steps = await db
    .selectFrom('bulk_job_steps')
    .selectAll()
    .where('job_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    ...summaryOf(row, counts.get(id)!, intervalMs),
    steps: steps.map((step): JobStep => ({
      agentId: step.agent_id,
      agentName: step.agent_name,
      status: step.status === 'in_flight' ? 'pending' : step.status,
      reason: step.reason,
      changes: step.status === 'in_flight' ? [] : step.changes,
      at: iso(step.at),
    })),
  };
}

/** Moves a job from one of `from` to `to`; false when it was in none of them. */
export async function setJobStatus(
  db: Db,
  id: string,
  from: BulkJobStatus[],
  to: BulkJobStatus,
): Promise<boolean> {
  const finished = to === 'completed' || to === 'cancelled';
  const result = await db
    .updateTable('bulk_jobs')
    .set({ status: to, finished_at: finished ? new Date() : null })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function skipPendingSteps(db: Db, jobId: string, reason: string): Promise<void> {
  await db
    .updateTable('bulk_job_steps')
    .set({ status: 'skipped', reason, at: new Date() })
    .where('job_id', '=', jobId)
    .where('status', '=', 'pending')
    .execute();
}

/** Failed steps back to pending; how many. */
export async function requeueFailedSteps(db: Db, jobId: string): Promise<number> {
  const result = await db
    .updateTable('bulk_job_steps')
    .set({ status: 'pending', reason: null, changes: '[]', at: null })
    .where('job_id', '=', jobId)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The steps a job completed with changes, for its revert. */
export async function doneSteps(db: Db, jobId: string) {
  const rows = await db
    .selectFrom('bulk_job_steps')
    .select(['agent_id', 'agent_name', 'changes'])
    .where('job_id', '=', jobId)
    .where('status', '=', 'done')
    .orderBy('position')
    .execute();
  return rows.filter((row) => row.changes.length > 0);
}

/**
 * The next pending step of the oldest running job in scopes matching `scopePattern`, claimed for
 * `runner` in one statement: two runners on one database never claim the same step.
 */
export async function claimNextStep(
  db: Db,
  runner: string,
  scopePattern: string,
): Promise<ClaimedStep | undefined> {
  const result = await sql<{
    job_id: string;
    position: number;
    agent_id: string;
    agent_name: string;
    changes: HistoryChange[];
    target: HistoryChange[] | null;
  }>`
    update bulk_job_steps set status = 'in_flight', claimed_by = ${runner}, claimed_at = now()
    where (job_id, position) = (
      select s.job_id, s.position from bulk_job_steps s
      where s.status = 'pending' and s.job_id = (
        select j.id from bulk_jobs j
        where j.status = 'running' and j.scope like ${scopePattern} and exists (
          select 1 from bulk_job_steps p where p.job_id = j.id and p.status = 'pending'
        )
        order by j.created_at, j.id
        limit 1
      )
      order by s.position
      limit 1
      for update skip locked
    )
    returning job_id, position, agent_id, agent_name, changes, target`.execute(db);
  const row = result.rows[0];
  return (
    row && {
      jobId: row.job_id,
      position: row.position,
      agentId: row.agent_id,
      agentName: row.agent_name,
      changes: row.changes,
      target: row.target,
    }
  );
}

const stepKey = (step: ClaimedStep) => ({ job_id: step.jobId, position: step.position });

/**
 * Just before the PATCH: records what is about to be sent, so a restart can tell, and checks the
 * step is still this runner's and its job still running.
 */
export async function markSending(
  db: Db,
  runner: string,
  step: ClaimedStep,
  changes: HistoryChange[],
): Promise<boolean> {
  const result = await db
    .updateTable('bulk_job_steps')
    .set({ changes: JSON.stringify(changes), claimed_at: new Date() })
    .where('job_id', '=', step.jobId)
    .where('position', '=', step.position)
    .where('status', '=', 'in_flight')
    .where('claimed_by', '=', runner)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('bulk_jobs')
          .select('id')
          .where('id', '=', step.jobId)
          .where('status', '=', 'running'),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function finishStep(
  db: Db,
  runner: string,
  step: ClaimedStep,
  outcome: {
    status: Exclude<BulkStepStatus, 'pending' | 'in_flight'>;
    reason: string | null;
    changes: HistoryChange[];
  },
): Promise<void> {
  const { job_id, position } = stepKey(step);
  await db
    .updateTable('bulk_job_steps')
    .set({
      status: outcome.status,
      reason: outcome.reason,
      changes: JSON.stringify(outcome.changes),
      at: new Date(),
    })
    .where('job_id', '=', job_id)
    .where('position', '=', position)
    .where('claimed_by', '=', runner)
    .where('status', '=', 'in_flight')
    .execute();
  await completeIfDone(db, step.jobId);
}

/** Not sent: back to pending for a later claim (or skipped, if the job was cancelled meanwhile). */
export async function releaseStep(db: Db, runner: string, step: ClaimedStep): Promise<void> {
  const { job_id, position } = stepKey(step);
  await db
    .updateTable('bulk_job_steps')
    .set({ status: 'pending', changes: '[]', claimed_by: null, claimed_at: null })
    .where('job_id', '=', job_id)
    .where('position', '=', position)
    .where('claimed_by', '=', runner)
    .where('status', '=', 'in_flight')
    .execute();
  const job = await readJobRow(db, step.jobId);
  if (job?.status === 'cancelled') await skipPendingSteps(db, step.jobId, CANCELLED_REASON);
}

export const CANCELLED_REASON = 'Cancelled before it was sent';

export async function completeIfDone(db: Db, jobId: string): Promise<void> {
  await db
    .updateTable('bulk_jobs')
    .set({ status: 'completed', finished_at: new Date() })
    .where('id', '=', jobId)
    .where('status', '=', 'running')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('bulk_job_steps')
            .select('position')
            .where('job_id', '=', jobId)
            .where('status', 'in', ['pending', 'in_flight']),
        ),
      ),
    )
    .execute();
}

/**
 * Steps left in flight by a runner that stopped: back to pending, keeping what was about to be
 * sent, so the next claim re-checks the agent before sending again. `olderThan` null takes every
 * one (PGlite: this process is the database's only user).
 */
export async function recoverInFlight(db: Db, olderThan: Date | null): Promise<number> {
  let query = db
    .updateTable('bulk_job_steps')
    .set({ status: 'pending', claimed_by: null })
    .where('status', '=', 'in_flight');
  if (olderThan) query = query.where('claimed_at', '<', olderThan);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
