import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { describeZodIssues } from '../../api/format-zod-issues.ts';
import { createJobRequestSchema, type JobStatus } from '../../api/schemas/bulk.ts';
import { errorResponse } from '../fake-opencx/error-envelope.ts';
import { historyScope, type GatewayMode } from '../history/history-scope.ts';
import type { BulkJobsContext } from './bulk-jobs.ts';
import { jobCaller } from './job-caller.ts';
import {
  CANCELLED_REASON,
  doneSteps,
  insertJob,
  listJobs,
  readJob,
  requeueFailedSteps,
  setJobStatus,
  skipPendingSteps,
} from './job-store.ts';
import { RateLimited, UpstreamFailed } from './upstream-reads.ts';
import { validateJob } from './validate-job.ts';

const NO_STORE = { 'cache-control': 'no-store' };

function userOf(env: unknown): string {
  const user = env && typeof env === 'object' && 'user' in env ? env.user : undefined;
  return typeof user === 'string' && user ? user : 'local';
}

/** `/api/jobs`: create, list, read and steer bulk jobs; the runner does the sending. */
export function jobRoutes(context: BulkJobsContext, mode: GatewayMode): Hono {
  const { db, fresh, runner, intervalMs, fetch } = context;
  const now = context.now;
  const app = new Hono();

  const scopeOf = (c: Context) => historyScope(mode, c.req.raw);

  async function answerJob(c: Context, id: string, status: 200 | 201 = 200) {
    const job = await readJob(db, scopeOf(c), id, intervalMs);
    if (!job) return errorResponse(c, 404, `There is no bulk job ${id}`);
    return c.json(job, status, NO_STORE);
  }

  app.onError((err, c) => {
    if (err instanceof RateLimited) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((err.untilMs - now()) / 1000))));
      return errorResponse(c, 429, 'OpenCX is rate limiting this key; try again shortly');
    }
    if (err instanceof UpstreamFailed) return errorResponse(c, 502, err.message);
    throw err;
  });

  app.post('/', async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return errorResponse(c, 400, 'The body is not JSON');
    }
    const parsed = createJobRequestSchema.safeParse(raw);
    if (!parsed.success) return errorResponse(c, 400, describeZodIssues(parsed.error));
    const scope = scopeOf(c);
    const user = userOf(c.env);
    const checked = await validateJob(
      parsed.data,
      scope,
      jobCaller(fetch, scope, user),
      fresh,
      now,
    );
    if (!checked.ok) return errorResponse(c, 400, checked.message);
    const id = randomUUID();
    await insertJob(db, {
      id,
      scope,
      kind: 'edit',
      revertOf: null,
      user,
      edit: parsed.data.edit,
      steps: checked.agents.map((agent) => ({
        agentId: agent.id,
        agentName: agent.name || agent.id,
      })),
    });
    runner.wake();
    return answerJob(c, id, 201);
  });

  app.get('/', async (c) => {
    const jobs = await listJobs(db, scopeOf(c), intervalMs);
    return c.json({ jobs }, 200, NO_STORE);
  });

  app.get('/:id', (c) => answerJob(c, c.req.param('id')));

  const transition = (action: string, from: JobStatus[], to: JobStatus) =>
    app.post(`/:id/${action}`, async (c) => {
      const id = c.req.param('id');
      const job = await readJob(db, scopeOf(c), id, intervalMs);
      if (!job) return errorResponse(c, 404, `There is no bulk job ${id}`);
      if (!(await setJobStatus(db, id, from, to))) {
        return errorResponse(
          c,
          409,
          `The job is ${job.status}: only a ${from.join(' or ')} job can be ${to === 'running' ? 'resumed' : to}`,
        );
      }
      if (to === 'cancelled') await skipPendingSteps(db, id, CANCELLED_REASON);
      runner.wake();
      return answerJob(c, id);
    });
  transition('pause', ['running'], 'paused');
  transition('resume', ['paused'], 'running');
  transition('cancel', ['running', 'paused'], 'cancelled');

  app.post('/:id/retry-failed', async (c) => {
    const id = c.req.param('id');
    const job = await readJob(db, scopeOf(c), id, intervalMs);
    if (!job) return errorResponse(c, 404, `There is no bulk job ${id}`);
    if (job.counts.failed === 0) return errorResponse(c, 409, 'The job has no failed agents');
    await requeueFailedSteps(db, id);
    await setJobStatus(db, id, ['completed', 'cancelled'], 'running');
    runner.wake();
    return answerJob(c, id);
  });

  app.post('/:id/revert', async (c) => {
    const id = c.req.param('id');
    const scope = scopeOf(c);
    const job = await readJob(db, scope, id, intervalMs);
    if (!job) return errorResponse(c, 404, `There is no bulk job ${id}`);
    if (job.status === 'running') {
      return errorResponse(c, 409, 'The job is still running: pause or cancel it before reverting');
    }
    const steps = await doneSteps(db, id);
    if (steps.length === 0)
      return errorResponse(c, 409, 'The job changed no agent: nothing to revert');
    const revertId = randomUUID();
    await insertJob(db, {
      id: revertId,
      scope,
      kind: 'revert',
      revertOf: id,
      user: userOf(c.env),
      edit: {},
      steps: steps.map((step) => ({
        agentId: step.agent_id,
        agentName: step.agent_name,
        target: step.changes,
      })),
    });
    runner.wake();
    return answerJob(c, revertId, 201);
  });

  return app;
}
