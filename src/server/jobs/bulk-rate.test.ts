// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/open-database.ts';
import { testEngines } from '../db/test-engines.ts';
import { createFakeOpenCx, type FakeOpenCx } from '../fake-opencx/create-fake-opencx.ts';
import { testConsole } from './test-console.ts';

// A "minute" of one second, so the limits are hit in a test that takes seconds.
const WINDOW_MS = 1000;

interface Arrival {
  at: number;
  method: string;
  path: string;
  status: number;
}

/** The fake with a request log that has times and answers: what OpenCX saw, and when. */
function timedFake(agents: number, limitPerWindow: number) {
  const fake = createFakeOpenCx();
  fake.store.seedAgents(agents);
  fake.store.config.rateLimitPerMinute = limitPerWindow;
  fake.store.config.rateLimitWindowMs = WINDOW_MS;
  const arrivals: Arrival[] = [];
  const fetch = fake.app.fetch;
  fake.app.fetch = async (request: Request, ...rest: unknown[]) => {
    const at = performance.now();
    const response = await fetch(request, ...(rest as []));
    arrivals.push({
      at,
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
    });
    return response;
  };
  return { fake, arrivals };
}

/** The most arrivals in any window of WINDOW_MS. */
function busiestWindow(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while (sorted[i]! - sorted[j]! >= WINDOW_MS) j += 1;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testEngines())(
  'the bulk rate budget against a rate-limited fake on $name',
  (engine) => {
    let database: OpenDatabase & { connectAgain?: () => Promise<OpenDatabase> };
    const cleanup: (() => Promise<void>)[] = [];
    beforeAll(async () => {
      database = await engine.open();
    }, 120_000);
    afterAll(() => database?.close());
    afterEach(async () => {
      for (const step of cleanup.splice(0).reverse()) await step();
      await database.db.deleteFrom('bulk_job_steps').execute();
      await database.db.deleteFrom('bulk_jobs').execute();
      await database.db.deleteFrom('bulk_rate_budget').execute();
    });

    const start = (fake: FakeOpenCx, db = database.db, ratePerMinute = 20) => {
      const c = testConsole(db, { fake, ratePerMinute, windowMs: WINDOW_MS, listMaxAgeMs: 500 });
      cleanup.push(c.stop);
      return c;
    };

    it('1,000 agents: no 429, the budget held, and a person saving meanwhile is answered at once', async () => {
      // The fake allows 30 a "minute"; bulk may use 20 of them.
      const { fake, arrivals } = timedFake(1000, 30);
      const c = start(fake);
      const ids = fake.store.agents.map((a) => a.id);
      const res = await c.send('POST', '/jobs', {
        agentIds: ids,
        edit: { first_message: 'Our opening hours changed' },
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      await sleep(1500);
      const before = performance.now();
      const save = await c.send('PATCH', `/phone/${ids.at(-1)}`, { name: 'Saved by a person' });
      const tookMs = performance.now() - before;
      expect(save.status).toBe(200);
      expect(tookMs).toBeLessThan(500);
      await sleep(1500);
      await c.send('POST', `/jobs/${id}/cancel`);
      const bulk = arrivals.filter(
        (a) => a.method === 'PATCH' && a.path !== `/phone/${ids.at(-1)}`,
      );
      expect(arrivals.filter((a) => a.status === 429)).toEqual([]);
      expect(bulk.length).toBeGreaterThanOrEqual(20);
      expect(busiestWindow(bulk.map((a) => a.at))).toBeLessThanOrEqual(21);
      const job = await c.waitFor(id, (j) => j.counts.pending === 0);
      expect(job.counts.done).toBe(bulk.length);
    }, 30_000);

    it('a 429 holds every send until Retry-After: no storm', async () => {
      // Bulk asks for more than the fake allows: OpenCX's limit is what stops it.
      const { fake, arrivals } = timedFake(200, 10);
      const c = start(fake, database.db, 60);
      const res = await c.send('POST', '/jobs', {
        agentIds: fake.store.agents.map((a) => a.id),
        edit: { first_message: 'Our opening hours changed' },
      });
      const { id } = (await res.json()) as { id: string };
      await sleep(3000);
      await c.send('POST', `/jobs/${id}/cancel`);
      const refused = arrivals.filter((a) => a.status === 429);
      const sent = arrivals.filter((a) => a.method === 'PATCH' && a.status === 200);
      expect(sent.length).toBeGreaterThanOrEqual(10);
      // At most the few sends already on their way when the first 429 came back, per window.
      expect(refused.length).toBeLessThanOrEqual(12);
      const job = await c.waitFor(id, (j) => j.counts.pending === 0);
      expect(job.counts.failed).toBe(0);
    }, 30_000);

    it.runIf(engine.name === 'PostgreSQL')(
      'two servers on one database running jobs together stay within one budget',
      async () => {
        const { fake, arrivals } = timedFake(400, 1000);
        const other = await database.connectAgain!();
        cleanup.push(() => other.close());
        const servers = [start(fake), start(fake, other.db)];
        const agents = fake.store.agents.map((a) => a.id);
        const jobs = await Promise.all(
          servers.map(async (server, i) => {
            const res = await server.send('POST', '/jobs', {
              agentIds: agents.slice(i * 200, i * 200 + 200),
              edit: { first_message: `From server ${i + 1}` },
            });
            expect(res.status).toBe(201);
            return ((await res.json()) as { id: string }).id;
          }),
        );
        await sleep(3000);
        for (const [i, id] of jobs.entries()) await servers[i]!.send('POST', `/jobs/${id}/cancel`);
        const bulk = arrivals.filter((a) => a.method === 'PATCH');
        expect(bulk.length).toBeGreaterThanOrEqual(40);
        expect(busiestWindow(bulk.map((a) => a.at))).toBeLessThanOrEqual(21);
        const patched = new Map<string, number>();
        for (const r of fake.store.requests.filter((r) => r.method === 'PATCH')) {
          patched.set(r.path, (patched.get(r.path) ?? 0) + 1);
        }
        expect([...patched.values()].every((n) => n === 1)).toBe(true);
      },
      30_000,
    );
  },
);
