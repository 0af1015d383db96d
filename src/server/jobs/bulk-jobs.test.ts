// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobListSchema, jobSchema } from '../../api/schemas/bulk.ts';
import { historyPageSchema } from '../../api/schemas/history.ts';
import type { OpenDatabase } from '../db/open-database.ts';
import { testEngines } from '../db/test-engines.ts';
import { testConsole } from './test-console.ts';

const finished = (job: { status: string }) => job.status !== 'running';

describe.each(testEngines())('bulk jobs on $name', (engine) => {
  let database: OpenDatabase;
  let opened: ReturnType<typeof testConsole>[] = [];
  beforeAll(async () => {
    database = await engine.open();
  }, 120_000);
  afterAll(() => database?.close());
  beforeEach(async () => {
    await database.db.deleteFrom('bulk_job_steps').execute();
    await database.db.deleteFrom('bulk_jobs').execute();
    await database.db.deleteFrom('bulk_rate_budget').execute();
    await database.db.deleteFrom('history_entries').execute();
    await database.db.deleteFrom('agent_snapshots').execute();
  });
  afterEach(async () => {
    await Promise.all(opened.map((c) => c.stop()));
    opened = [];
  });
  const open = (options: Parameters<typeof testConsole>[1] = {}) => {
    const c = testConsole(database.db, { ratePerMinute: 6000, ...options });
    opened.push(c);
    return c;
  };

  it('refuses bad input before a job exists, naming the field', async () => {
    const c = open();
    const [first] = c.fake.store.agents;
    const agentIds = [first!.id];
    const cases: [unknown, RegExp][] = [
      [{ agentIds: [], edit: { type: 'inbound' } }, /^agentIds: Select at least one agent/],
      [{ agentIds: ['nope'], edit: { type: 'inbound' } }, /^agentIds: unknown agent ID nope/],
      [
        { agentIds, edit: { handoff_phone_number: '0415 555' } },
        /^edit\.handoff_phone_number: must be in E\.164 form/,
      ],
      [
        { agentIds, edit: { actions: { mode: 'add', ids: ['act_missing'] } } },
        /^edit\.actions\.ids: unknown action ID act_missing/,
      ],
      [
        { agentIds, edit: { scenarios: { mode: 'set', ids: ['scn_missing'] } } },
        /^edit\.scenarios\.ids: unknown training scenario ID scn_missing/,
      ],
      [{ agentIds, edit: { voice_id: 'voice_nobody' } }, /^edit\.voice_id: unknown voice/],
      [{ agentIds, edit: {} }, /^edit: choose at least one field/],
    ];
    for (const [body, message] of cases) {
      const res = await c.send('POST', '/jobs', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect((await c.send('GET', '/jobs/nope')).status).toBe(404);
    expect(await database.db.selectFrom('bulk_jobs').select('id').execute()).toEqual([]);
  });

  it('answers 429 with Retry-After when OpenCX rate limits the checks before a job', async () => {
    const c = open();
    c.fake.store.config.rateLimitPerMinute = 1;
    await c.send('GET', '/phone/voices');
    const res = await c.send('POST', '/jobs', {
      agentIds: [c.fake.store.agents[0]!.id],
      edit: { type: 'inbound' },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('runs a job to the end: sends only what differs, records History with the job, lists it', async () => {
    const c = open();
    const agents = c.fake.store.agents.slice(0, 5);
    const action = c.fake.store.actions[0]!.id;
    // One agent already has the number, so only its action is sent (or nothing).
    agents[0]!.handoff_phone_number = '+14155550100';
    const res = await c.send(
      'POST',
      '/jobs',
      {
        agentIds: agents.map((a) => a.id),
        edit: { handoff_phone_number: '+14155550100', actions: { mode: 'add', ids: [action] } },
      },
      { 'x-console-source': 'bulk' },
    );
    expect(res.status).toBe(201);
    const created = jobSchema.parse(await res.json());
    expect(created.counts.total).toBe(5);
    const job = await c.waitFor(created.id, finished);
    expect(job.status).toBe('completed');
    expect(job.counts.pending).toBe(0);
    expect(job.counts.done + job.counts.skipped).toBe(5);
    for (const step of job.steps.filter((s) => s.status === 'done')) {
      const sent = c.fake.store.requests.find((r) => r.path === `/phone/${step.agentId}`);
      expect(Object.keys(sent?.body as object).sort()).toEqual(
        step.changes.map((change) => change.field).sort(),
      );
    }
    for (const agent of agents) expect(agent.handoff_phone_number).toBe('+14155550100');
    expect([...c.patchesPerAgent().values()].every((n) => n === 1)).toBe(true);

    const history = historyPageSchema.parse(
      await (await c.send('GET', `/history?agent=${agents[1]!.id}`)).json(),
    );
    expect(history.entries[0]).toMatchObject({ source: 'bulk', jobId: job.id, outcome: 'saved' });

    const second = jobSchema.parse(
      await (
        await c.send('POST', '/jobs', { agentIds: [agents[0]!.id], edit: { type: 'inbound' } })
      ).json(),
    );
    const list = jobListSchema.parse(await (await c.send('GET', '/jobs')).json());
    expect(list.jobs.map((j) => j.id)).toEqual([second.id, job.id]);
  });

  it('pauses, resumes, cancels and retries failed agents', async () => {
    const c = open({ ratePerMinute: 60, windowMs: 1000 });
    const agents = c.fake.store.agents.slice(0, 6);
    c.fake.store.addFaults([
      { kind: 'status', status: 500, method: 'PATCH', path: `/phone/${agents[0]!.id}`, times: 1 },
    ]);
    const created = jobSchema.parse(
      await (
        await c.send('POST', '/jobs', {
          agentIds: agents.map((a) => a.id),
          edit: { first_message: 'Hi from the bulk test' },
        })
      ).json(),
    );
    expect((await c.send('POST', `/jobs/${created.id}/pause`)).status).toBe(200);
    const paused = await c.readJob(created.id);
    expect(paused.status).toBe('paused');
    expect((await c.send('POST', `/jobs/${created.id}/pause`)).status).toBe(409);
    expect((await c.send('POST', `/jobs/${created.id}/resume`)).status).toBe(200);
    const done = await c.waitFor(created.id, finished);
    expect(done.counts).toMatchObject({ done: 5, failed: 1 });
    expect(done.steps[0]).toMatchObject({ status: 'failed', reason: '500: Injected fault' });
    expect((await c.send('POST', `/jobs/${created.id}/retry-failed`)).status).toBe(200);
    const retried = await c.waitFor(created.id, finished);
    expect(retried.counts).toMatchObject({ done: 6, failed: 0 });

    const other = jobSchema.parse(
      await (
        await c.send('POST', '/jobs', {
          agentIds: c.fake.store.agents.slice(6, 12).map((a) => a.id),
          edit: { first_message: 'Never sent' },
        })
      ).json(),
    );
    await c.send('POST', `/jobs/${other.id}/pause`);
    expect((await c.send('POST', `/jobs/${other.id}/cancel`)).status).toBe(200);
    // Steps a worker held while waiting for the budget go back within a second, as skipped.
    const cancelled = await c.waitFor(other.id, (j) => j.counts.pending === 0);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.counts.pending).toBe(0);
    expect(cancelled.steps.filter((s) => s.reason === 'Cancelled before it was sent').length).toBe(
      cancelled.counts.skipped,
    );
  });

  it('reverts a job where the agent still holds its values, and leaves the others alone', async () => {
    const c = open();
    const agents = c.fake.store.agents.slice(0, 3).map((a) => ({ ...a }));
    const ids = agents.map((a) => a.id);
    const job = jobSchema.parse(
      await (
        await c.send('POST', '/jobs', {
          agentIds: ids,
          edit: { handoff_phone_number: '+14155550199', use_org_knowledgebase: true },
        })
      ).json(),
    );
    await c.waitFor(job.id, finished);
    // A colleague changes one agent's number afterwards.
    await c.send('PATCH', `/phone/${ids[0]}`, { handoff_phone_number: '+442071234567' });

    const res = await c.send('POST', `/jobs/${job.id}/revert`);
    expect(res.status).toBe(201);
    const revert = jobSchema.parse(await res.json());
    expect(revert).toMatchObject({ kind: 'revert', revertOf: job.id });
    const reverted = await c.waitFor(revert.id, finished);
    expect(reverted.status).toBe('completed');
    const byId = (id: string) => c.fake.store.agents.find((a) => a.id === id)!;
    expect(byId(ids[0]!).handoff_phone_number).toBe('+442071234567');
    for (const [i, agent] of agents.entries()) {
      if (i > 0)
        expect(byId(agent.id).handoff_phone_number ?? null).toBe(
          agent.handoff_phone_number ?? null,
        );
      expect(byId(agent.id).use_org_knowledgebase ?? false).toBe(
        agent.use_org_knowledgebase ?? false,
      );
    }
    const first = reverted.steps.find((s) => s.agentId === ids[0]);
    const changedFields = job.steps
      .find((s) => s.agentId === ids[0])!
      .changes.map((ch) => ch.field);
    if (changedFields.includes('use_org_knowledgebase')) {
      expect(first).toMatchObject({
        status: 'done',
        reason: 'Changed since, left alone: Handoff phone number',
      });
    } else {
      expect(first).toMatchObject({ status: 'skipped', reason: 'Changed since, left alone' });
    }
    expect((await c.send('POST', `/jobs/nope/revert`)).status).toBe(404);
  });
});
