// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/open-database.ts';
import { testEngines } from '../db/test-engines.ts';
import { createFakeOpenCx } from '../fake-opencx/create-fake-opencx.ts';
import { insertJob } from './job-store.ts';
import { testConsole } from './test-console.ts';

const finished = (job: { status: string }) => job.status !== 'running';

describe.each(testEngines())('resuming bulk jobs on $name', (engine) => {
  let database: OpenDatabase;
  let opened: ReturnType<typeof testConsole>[] = [];
  beforeAll(async () => {
    database = await engine.open();
  }, 120_000);
  afterAll(() => database?.close());
  afterEach(async () => {
    await Promise.all(opened.map((c) => c.stop()));
    opened = [];
  });

  it('picks up stored steps: an in-flight one the agent already holds is done unsent', async () => {
    const fake = createFakeOpenCx();
    const [held, lost, queued] = fake.store.agents;
    const number = '+14155550177';
    // Sent before the stop: OpenCX has it. Marked in flight but never arrived: must be sent.
    held!.handoff_phone_number = number;
    const id = randomUUID();
    const change = (before: unknown) => [{ field: 'handoff_phone_number', before, after: number }];
    await insertJob(database.db, {
      id,
      scope: 'fake',
      kind: 'edit',
      revertOf: null,
      user: 'alice',
      edit: { handoff_phone_number: number },
      steps: [held!, lost!, queued!].map((a) => ({ agentId: a.id, agentName: a.name ?? a.id })),
    });
    for (const [position, before] of [
      [0, '+10000000000'],
      [1, lost!.handoff_phone_number ?? null],
    ] as const) {
      await database.db
        .updateTable('bulk_job_steps')
        .set({
          status: 'in_flight',
          claimed_by: 'a runner that stopped',
          claimed_at: new Date(),
          changes: JSON.stringify(change(before)),
        })
        .where('job_id', '=', id)
        .where('position', '=', position)
        .execute();
    }

    const c = testConsole(database.db, { fake, ratePerMinute: 6000 });
    opened.push(c);
    const job = await c.waitFor(id, finished);
    expect(job.status).toBe('completed');
    expect(job.steps.map((s) => s.status)).toEqual(['done', 'done', 'done']);
    expect(job.steps[0]!.changes).toEqual(change('+10000000000'));
    const patches = c.patchesPerAgent();
    expect(patches.get(held!.id)).toBeUndefined();
    expect(patches.get(lost!.id)).toBe(1);
    expect(patches.get(queued!.id)).toBe(1);
  });

  it('a server stopped mid-job: the next one on the database finishes it, no agent patched twice', async () => {
    const fake = createFakeOpenCx();
    const agents = fake.store.agents.slice(0, 20);
    const options = { fake, ratePerMinute: 10, windowMs: 1000 };
    const first = testConsole(database.db, options);
    const res = await first.send('POST', '/jobs', {
      agentIds: agents.map((a) => a.id),
      edit: { first_message: 'We moved: call the new line' },
    });
    const { id } = (await res.json()) as { id: string };
    await first.waitFor(id, (job) => job.counts.done >= 5);
    await first.stop();
    const stopped = await first.readJob(id);
    expect(stopped.status).toBe('running');
    expect(stopped.counts.pending).toBeGreaterThan(0);
    // As if the server died right after one PATCH arrived, before it stored the outcome.
    const sent = stopped.steps.findIndex((s) => s.status === 'done');
    await database.db
      .updateTable('bulk_job_steps')
      .set({ status: 'in_flight', claimed_by: 'the stopped server' })
      .where('job_id', '=', id)
      .where('position', '=', sent)
      .execute();

    const second = testConsole(database.db, options);
    opened.push(second);
    const job = await second.waitFor(id, finished);
    expect(job.status).toBe('completed');
    expect(job.counts.done).toBe(20);
    const patches = second.patchesPerAgent();
    expect(patches.size).toBe(20);
    expect([...patches.values()].every((n) => n === 1)).toBe(true);
  }, 30_000);
});
