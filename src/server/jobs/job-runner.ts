import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { planBulkEdit } from '../../api/bulk/plan-bulk-edit.ts';
import { AGENT_FIELD_LABELS } from '../../api/field-labels.ts';
import { phoneAgentSchema } from '../../api/schemas/agent.ts';
import type { AgentPatchKey } from '../../api/schemas/agent-patch.ts';
import type { BulkEdit } from '../../api/schemas/bulk.ts';
import type { Database } from '../db/schema.ts';
import { FreshAgents } from './fresh-agents.ts';
import { jobCaller, type GatewayFetch } from './job-caller.ts';
import {
  claimNextStep,
  finishStep,
  markSending,
  readJobRow,
  recoverInFlight,
  releaseStep,
  type ClaimedStep,
  type JobRow,
} from './job-store.ts';
import { planRevert } from './plan-revert.ts';
import type { RateBudget } from './rate-budget.ts';
import { RateLimited, retryUntil } from './upstream-reads.ts';

export interface JobRunnerOptions {
  db: Kysely<Database>;
  budget: RateBudget;
  /** The budget row of a job's scope: one per OpenCX key (each tenant of the fake has its own). */
  budgetKey: (scope: string) => string;
  fetch: GatewayFetch;
  /** Which scopes this server can reach: `opencx`, or `fake%` with the fake. */
  scopePattern: string;
  fresh: FreshAgents;
  log: (line: string) => void;
  now?: () => number;
  /** Steps worked on at once; the budget spaces their sends. Default 4. */
  concurrency?: number;
  /** How often an idle runner looks for work another server queued; default 2 s. */
  pollMs?: number;
  /**
   * An in-flight step older than this belongs to a runner that stopped (PostgreSQL); null takes
   * every one at start (PGlite: one process owns the database). Default 60 s, past the gateway's
   * 20 s timeout.
   */
  inFlightLeaseMs?: number | null;
}

export interface JobRunner {
  /** Wakes idle workers: a job was created, resumed or retried. */
  wake(): void;
  /** Stops claiming; resolves when the steps being worked on are finished or released. */
  stop(): Promise<void>;
}

type Outcome = Parameters<typeof finishStep>[3];

const NOTHING_TO_CHANGE = 'Nothing to change';
const LEFT_ALONE = 'Changed since, left alone';

function describeFailure(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    if (typeof message === 'string' && message) return `${status}: ${message}`.slice(0, 500);
  } catch {
    // Not the JSON envelope.
  }
  return `OpenCX answered ${status}`;
}

/**
 * Works through the steps of running jobs: claim one, plan it on a fresh read, wait for the rate
 * budget, mark it in flight, send it through the gateway, store the outcome. Everything lives in
 * the database, so a restarted server (or another one) carries on where this one stopped.
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, budget, fresh, log } = options;
  const now = options.now ?? Date.now;
  const runner = randomUUID();
  const pollMs = options.pollMs ?? 2000;
  const leaseMs = options.inFlightLeaseMs === undefined ? 60_000 : options.inFlightLeaseMs;
  let stopped = false;
  const sleepers = new Set<() => void>();
  const jobs = new Map<string, { row: JobRow; readAt: number }>();

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });
  }
  const wake = () => [...sleepers].forEach((done) => done());

  /** A job's settings, and whether it still runs, at most a second old. */
  async function jobOf(id: string): Promise<JobRow | undefined> {
    const hit = jobs.get(id);
    if (hit && now() - hit.readAt < 1000) return hit.row;
    const row = await readJobRow(db, id);
    if (row) jobs.set(id, { row, readAt: now() });
    return row;
  }

  /** Waits for a send slot; false when the job stopped running (or the runner did) meanwhile. */
  async function awaitBudget(key: string, jobId: string): Promise<boolean> {
    for (;;) {
      if (stopped) return false;
      const claim = await budget.tryClaim(key);
      if (claim.ok) return true;
      await sleep(Math.min(claim.waitMs, 1000));
      if ((await jobOf(jobId))?.status !== 'running') return false;
    }
  }

  async function plan(job: JobRow, step: ClaimedStep) {
    const caller = jobCaller(options.fetch, job.scope, job.user);
    const agents = await fresh.list(job.scope, caller);
    const agent = agents.get(step.agentId);
    if (!agent) return { caller, agent, planned: undefined };
    if (job.kind === 'revert') {
      return { caller, agent, planned: planRevert(agent, step.target ?? []) };
    }
    const allActionIds = await fresh.actionIds(job.scope, caller);
    const planned = planBulkEdit(agent, job.edit as BulkEdit, { allActionIds });
    return { caller, agent, planned: { ...planned, leftAlone: [] as string[] } };
  }

  /** One step from claim to outcome; returns how long to pause before the next claim. */
  async function work(step: ClaimedStep): Promise<number> {
    const job = await jobOf(step.jobId);
    if (!job || job.status !== 'running') {
      await releaseStep(db, runner, step);
      return 0;
    }
    const { caller, agent, planned } = await plan(job, step);
    if (!agent || !planned) {
      await finishStep(db, runner, step, {
        status: 'failed',
        reason: 'The agent no longer exists in OpenCX',
        changes: [],
      });
      return 0;
    }
    const leftAlone =
      planned.leftAlone.length > 0
        ? `${LEFT_ALONE}: ${planned.leftAlone.map((field) => AGENT_FIELD_LABELS[field as AgentPatchKey] ?? field).join(', ')}`
        : null;
    if (planned.changes.length === 0) {
      // Planned and maybe sent before a restart: the agent holds the values, so it arrived.
      const outcome: Outcome =
        step.changes.length > 0
          ? { status: 'done', reason: null, changes: step.changes }
          : {
              status: 'skipped',
              reason: job.kind === 'revert' ? LEFT_ALONE : NOTHING_TO_CHANGE,
              changes: [],
            };
      await finishStep(db, runner, step, outcome);
      return 0;
    }
    const key = options.budgetKey(job.scope);
    if (
      !(await awaitBudget(key, job.id)) ||
      !(await markSending(db, runner, step, planned.changes))
    ) {
      await releaseStep(db, runner, step);
      return 0;
    }
    const path = `/phone/${encodeURIComponent(step.agentId)}`;
    let response: Response;
    try {
      response = await caller.call('PATCH', path, { body: planned.patch, jobId: job.id });
    } catch (err) {
      await finishStep(db, runner, step, {
        status: 'failed',
        reason: `Could not reach OpenCX: ${(err as Error).message}`,
        changes: planned.changes,
      });
      return 0;
    }
    const text = await response.text();
    if (response.status === 429) {
      const until = retryUntil(response, now());
      await budget.holdUntil(key, until);
      await releaseStep(db, runner, step);
      return 0;
    }
    if (!response.ok) {
      await finishStep(db, runner, step, {
        status: 'failed',
        reason: describeFailure(response.status, text),
        changes: planned.changes,
      });
      return 0;
    }
    let saved = null;
    try {
      const parsed = phoneAgentSchema.safeParse(JSON.parse(text));
      if (parsed.success) saved = parsed.data;
    } catch {
      // An empty answer (documented): the agent is what it was plus what was sent.
    }
    await fresh.remember(job.scope, saved ?? { ...agent, ...planned.patch });
    await finishStep(db, runner, step, {
      status: 'done',
      reason: leftAlone,
      changes: planned.changes,
    });
    return 0;
  }

  async function worker(): Promise<void> {
    while (!stopped) {
      let step: ClaimedStep | undefined;
      try {
        step = await claimNextStep(db, runner, options.scopePattern);
      } catch (err) {
        log(`bulk jobs: could not read the queue: ${(err as Error).message}`);
        await sleep(pollMs);
        continue;
      }
      if (!step) {
        await sleep(pollMs);
        continue;
      }
      try {
        await work(step);
      } catch (err) {
        // A read that failed or was rate limited: the step goes back, and is tried again later.
        if (err instanceof RateLimited) {
          await budget
            .holdUntil(options.budgetKey((await jobOf(step.jobId))?.scope ?? ''), err.untilMs)
            .catch(() => {});
        } else {
          log(`bulk jobs: step ${step.position} of job ${step.jobId}: ${(err as Error).message}`);
        }
        await releaseStep(db, runner, step).catch(() => {});
        await sleep(err instanceof RateLimited ? Math.max(0, err.untilMs - now()) : pollMs);
      }
    }
  }

  const workers = (async () => {
    try {
      const recovered = await recoverInFlight(
        db,
        leaseMs === null ? null : new Date(now() - leaseMs),
      );
      if (recovered > 0)
        log(`bulk jobs: ${recovered} step(s) in flight at the last stop re-checked`);
    } catch (err) {
      log(`bulk jobs: could not recover steps in flight: ${(err as Error).message}`);
    }
    const count = options.concurrency ?? 4;
    await Promise.all(Array.from({ length: count }, () => worker()));
  })();

  const lease =
    leaseMs === null
      ? undefined
      : setInterval(
          () => {
            void recoverInFlight(db, new Date(now() - leaseMs)).catch(() => {});
          },
          Math.max(leaseMs, 1000),
        );
  lease?.unref();

  return {
    wake,
    async stop() {
      stopped = true;
      if (lease) clearInterval(lease);
      wake();
      await workers;
    },
  };
}
