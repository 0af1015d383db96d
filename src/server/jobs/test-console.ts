import type { Kysely } from 'kysely';
import { jobSchema, type Job } from '../../api/schemas/bulk.ts';
import type { Database } from '../db/schema.ts';
import { createFakeOpenCx, type FakeOpenCx } from '../fake-opencx/create-fake-opencx.ts';
import { createGateway } from '../gateway.ts';
import { createHistory } from '../history/create-history.ts';
import { createBulkJobs, type BulkJobsOptions } from './bulk-jobs.ts';

/** For tests: a gateway with history and bulk jobs on `db`, over `fake` (a shared one, to restart). */
export function testConsole(
  db: Kysely<Database>,
  options: Partial<BulkJobsOptions> & { fake?: FakeOpenCx } = {},
) {
  const fake = options.fake ?? createFakeOpenCx();
  const log = (line: string) => {
    if (!/re-checked/.test(line)) console.warn(line);
  };
  const history = createHistory({ db, log });
  const jobs = createBulkJobs({
    db,
    engine: 'pglite',
    log,
    pollMs: 20,
    inFlightLeaseMs: null,
    ...options,
  });
  const gateway = createGateway({ fake, history, jobs });
  const send = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    gateway.app.fetch(
      new Request(`http://127.0.0.1/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const readJob = async (id: string): Promise<Job> =>
    jobSchema.parse(await (await send('GET', `/jobs/${id}`)).json());
  /** Polls the job until `done` says so; a test's own timeout bounds it. */
  const waitFor = async (id: string, done: (job: Job) => boolean): Promise<Job> => {
    for (;;) {
      const job = await readJob(id);
      if (done(job)) return job;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const patchesPerAgent = () => {
    const counts = new Map<string, number>();
    for (const entry of fake.store.requests) {
      if (entry.method !== 'PATCH') continue;
      const id = decodeURIComponent(entry.path.slice('/phone/'.length));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  const stop = async () => {
    await jobs.stop();
    await history.settle();
    history.stop();
  };
  return { fake, gateway, send, readJob, waitFor, patchesPerAgent, stop };
}
