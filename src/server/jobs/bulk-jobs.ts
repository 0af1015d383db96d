import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { historyScope, type GatewayMode } from '../history/history-scope.ts';
import { parseAgent } from '../history/read-agent-after-save.ts';
import type { UpstreamAnswer } from '../upstream-answer.ts';
import { DEFAULT_LIST_MAX_AGE_MS, FreshAgents } from './fresh-agents.ts';
import type { GatewayFetch } from './job-caller.ts';
import { jobRoutes } from './job-routes.ts';
import { startJobRunner, type JobRunner } from './job-runner.ts';
import { createRateBudget } from './rate-budget.ts';

export const DEFAULT_BULK_RATE_PER_MINUTE = 60;

export interface BulkJobsOptions {
  db: Kysely<Database>;
  /** PGlite is one process's database: whatever was in flight at start was this server's. */
  engine: 'pglite' | 'postgresql';
  log: (line: string) => void;
  /** The OpenCX key: the rate budget is per key. Absent with the fake (one budget per tenant). */
  apiKey?: string;
  /** BULK_RATE_PER_MINUTE; default 60 of OpenCX's 100. */
  ratePerMinute?: number;
  /** For tests: a shorter "minute", for the budget and for how old the planning list may be. */
  windowMs?: number;
  listMaxAgeMs?: number;
  now?: () => number;
  concurrency?: number;
  pollMs?: number;
  inFlightLeaseMs?: number | null;
}

/** What the job routes share with the runner. */
export interface BulkJobsContext {
  db: Kysely<Database>;
  fresh: FreshAgents;
  runner: JobRunner;
  intervalMs: number;
  fetch: GatewayFetch;
  now: () => number;
}

/** What the gateway needs: the `/api/jobs` routes, given its own handler to send through. */
export interface GatewayJobs {
  routes(mode: GatewayMode, fetch: GatewayFetch): Hono;
  /**
   * Every PATCH the gateway forwarded, with OpenCX's answer: the list jobs plan on may be 30 s
   * old, so a colleague's save through the console is written into it at once.
   */
  sawSave(mode: GatewayMode, request: Request, answer: UpstreamAnswer): void;
  /** The fake's controls changed its data behind OpenCX's API: plan on a new read. */
  sawFakeControl(request: Request): void;
}

export interface BulkJobs extends GatewayJobs {
  /** Stops sending; steps being worked on finish or go back to the queue. */
  stop(): Promise<void>;
}

export function createBulkJobs(options: BulkJobsOptions): BulkJobs {
  const now = options.now ?? Date.now;
  const budget = createRateBudget({
    db: options.db,
    ratePerWindow: options.ratePerMinute ?? DEFAULT_BULK_RATE_PER_MINUTE,
    windowMs: options.windowMs,
    now,
  });
  const fresh = new FreshAgents(options.listMaxAgeMs ?? DEFAULT_LIST_MAX_AGE_MS, now);
  const keyOfApiKey = options.apiKey
    ? `opencx:${createHash('sha256').update(options.apiKey).digest('hex').slice(0, 16)}`
    : undefined;
  let runner: JobRunner | undefined;

  return {
    routes(mode, fetch) {
      if (runner) throw new Error('Bulk jobs are already mounted on a gateway');
      runner = startJobRunner({
        db: options.db,
        budget,
        budgetKey: (scope) => keyOfApiKey ?? scope,
        fetch,
        scopePattern: mode === 'real' ? 'opencx' : 'fake%',
        fresh,
        log: options.log,
        now,
        concurrency: options.concurrency,
        pollMs: options.pollMs,
        inFlightLeaseMs:
          options.inFlightLeaseMs !== undefined
            ? options.inFlightLeaseMs
            : options.engine === 'pglite'
              ? null
              : undefined,
      });
      return jobRoutes(
        { db: options.db, fresh, runner, intervalMs: budget.intervalMs, fetch, now },
        mode,
      );
    },
    sawSave(mode, request, answer) {
      if (answer.status < 200 || answer.status >= 300) return;
      const scope = historyScope(mode, request);
      const agent = parseAgent(answer.body);
      if (agent) void fresh.remember(scope, agent);
      else fresh.forget(scope);
    },
    sawFakeControl(request) {
      fresh.forget(historyScope('fake', request));
    },
    stop: () => runner?.stop() ?? Promise.resolve(),
  };
}
