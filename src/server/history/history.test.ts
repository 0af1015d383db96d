// @vitest-environment node
import { Kysely, PostgresDialect } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyPageSchema, type HistoryPage } from '../../api/schemas/history.ts';

import type { Database } from '../db/schema.ts';
import { testEngines, type TestDatabase } from '../db/test-engines.ts';
import { createFakeOpenCx, type FakeOpenCx } from '../fake-opencx/create-fake-opencx.ts';
import { FIRST_AGENT_ID } from '../fake-opencx/seed-agents.ts';
import { createGateway } from '../gateway.ts';
import { createHistory, type History, type HistoryOptions } from './create-history.ts';

const OLD_NAME = 'Front Desk — Acme Dental';

// Without a tenant header: the tests reach `fake` itself and change its store directly.
function console_(
  db: Kysely<Database>,
  fake: FakeOpenCx = createFakeOpenCx(),
  options: Partial<HistoryOptions> = {},
) {
  const log = vi.fn<(line: string) => void>();
  const history = createHistory({ db, log, ...options });
  const gateway = createGateway({ fake, history });
  const send = (path: string, init: RequestInit = {}, user?: string) => {
    const headers = new Headers(init.headers);
    if (init.body) headers.set('content-type', 'application/json');
    const request = new Request(`http://127.0.0.1:4415/api${path}`, { ...init, headers });
    return gateway.app.fetch(request, user ? { user } : undefined);
  };
  const patch = (body: object, headers: Record<string, string> = {}, user?: string) =>
    send(
      `/phone/${FIRST_AGENT_ID}`,
      { method: 'PATCH', body: JSON.stringify(body), headers },
      user,
    );
  const read = async (query = '', headers: Record<string, string> = {}): Promise<HistoryPage> => {
    const res = await send(`/history${query}`, { headers });
    expect(res.status).toBe(200);
    return historyPageSchema.parse(await res.json());
  };
  return { fake, history, send, patch, read, log };
}

describe.each(testEngines())('history on $name', (engine) => {
  let database: TestDatabase;
  const histories: History[] = [];
  beforeAll(async () => {
    database = await engine.open();
  }, 120_000);
  afterAll(async () => {
    for (const history of histories) history.stop();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.deleteFrom('history_entries').execute();
    await database.db.deleteFrom('agent_snapshots').execute();
  });
  const open = (fake?: FakeOpenCx, db = database.db, options: Partial<HistoryOptions> = {}) => {
    const opened = console_(db, fake, options);
    histories.push(opened.history);
    return opened;
  };

  it('records a save: who, when, each field before and after, the source', async () => {
    const { send, patch, read, history } = open();
    await send('/phone');
    await history.settle();
    const res = await patch({ name: 'Billing' }, { 'x-console-source': 'revert' }, 'alice');
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe('Billing');
    const { entries, next, unrecorded } = await read();
    expect(next).toBeNull();
    expect(unrecorded).toBe(0);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      user: 'alice',
      agentId: FIRST_AGENT_ID,
      agentName: 'Billing',
      kind: 'save',
      source: 'revert',
      outcome: 'saved',
      reason: null,
      changes: [{ field: 'name', before: OLD_NAME, after: 'Billing' }],
    });
    expect(Date.now() - Date.parse(entries[0]?.at ?? '')).toBeLessThan(60_000);
  });

  it('records each source the app names, and none for a value it does not know', async () => {
    const { send, patch, read, history } = open();
    await send('/phone');
    await history.settle();
    for (const source of ['editor', 'undo', 'bulk', 'Revert ', 'rm -rf /']) {
      expect((await patch({ name: `By ${source}` }, { 'x-console-source': source })).status).toBe(
        200,
      );
    }
    const { entries } = await read();
    expect(entries.map((entry) => entry.source).reverse()).toEqual([
      'editor',
      'undo',
      'bulk',
      'revert',
      null,
    ]);
  });

  it('reads the agent back when OpenCX answers a save with an empty body', async () => {
    const { fake, send, patch, read, history } = open();
    fake.store.config = { ...fake.store.config, patchResponse: 'empty' };
    await send('/phone');
    await history.settle();
    const res = await patch({ handoff_phone_number: '+14155550999' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [entry] = (await read()).entries;
    expect(entry).toMatchObject({ user: 'local', source: null, outcome: 'saved' });
    expect(entry?.changes).toEqual([
      { field: 'handoff_phone_number', before: '+14155550123', after: '+14155550999' },
    ]);
  });

  it('records a failed save with OpenCX reason, and the values that were tried', async () => {
    const { send, patch, read, history } = open();
    await send('/phone');
    await history.settle();
    const res = await patch({ handoff_phone_number: 'not a number' });
    expect(res.status).toBe(400);
    const [entry] = (await read()).entries;
    expect(entry?.outcome).toBe('failed');
    expect(entry?.reason).toMatch(/^400: .*handoff_phone_number/);
    expect(entry?.changes).toEqual([
      { field: 'handoff_phone_number', before: '+14155550123', after: 'not a number' },
    ]);
  });

  it('finds a change made outside the console when a list read passes through', async () => {
    const { fake, send, read, history } = open();
    await send('/phone');
    await history.settle();
    expect((await read()).entries).toEqual([]);
    const agent = fake.store.findAgent(FIRST_AGENT_ID);
    if (!agent) throw new Error('seed changed');
    agent.name = 'Renamed in the dashboard';
    agent.updated_at = '2030-01-01T00:00:00.000Z';
    await send('/phone');
    await history.settle();
    const { entries } = await read();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'outside',
      outcome: 'observed',
      user: 'outside the console',
      agentName: 'Renamed in the dashboard',
      changes: [{ field: 'name', before: OLD_NAME, after: 'Renamed in the dashboard' }],
    });
    // The same state read again is no news.
    await send('/phone');
    await history.settle();
    expect((await read()).entries).toHaveLength(1);
  });

  it('does not take its own save for an outside change', async () => {
    const { send, patch, read, history } = open();
    await send('/phone');
    await history.settle();
    await patch({ name: 'Billing' });
    await send('/phone');
    await history.settle();
    expect((await read()).entries.map((entry) => entry.kind)).toEqual(['save']);
  });

  it('records an outside change once when two servers on one database both see it', async () => {
    const fake = createFakeOpenCx();
    const one = open(fake);
    const two = open(fake);
    await one.send('/phone');
    await one.history.settle();
    const agent = fake.store.findAgent(FIRST_AGENT_ID);
    if (agent) agent.first_message = 'Changed by a script';
    await Promise.all([one.send('/phone'), two.send('/phone')]);
    await Promise.all([one.history.settle(), two.history.settle()]);
    const entries = (await one.read()).entries;
    expect(entries.filter((entry) => entry.kind === 'outside')).toHaveLength(1);
  });

  it.runIf(engine.name === 'PostgreSQL')(
    "two console servers on one PostgreSQL: a save through one is in the other's History, once",
    async () => {
      const other = await database.connectAgain?.();
      if (!other) throw new Error('PostgreSQL test databases connect again');
      try {
        const fake = createFakeOpenCx();
        const one = open(fake);
        const two = open(fake, other.db);
        await one.send('/phone');
        await one.history.settle();
        expect((await one.patch({ name: 'Billing' }, {}, 'alice')).status).toBe(200);
        // The second server reads the changed list: its own snapshot store is the shared one.
        await two.send('/phone');
        await two.history.settle();
        const { entries } = await two.read();
        expect(entries).toHaveLength(1);
        expect(entries[0]).toMatchObject({
          kind: 'save',
          user: 'alice',
          changes: [{ field: 'name', before: OLD_NAME, after: 'Billing' }],
        });
      } finally {
        await other.close();
      }
    },
  );

  it('pages newest first and filters by agent, user, field and time', async () => {
    const { send, patch, read, history } = open();
    await send('/phone');
    await history.settle();
    const started = new Date().toISOString();
    await patch({ name: 'One' }, {}, 'alice');
    await patch({ first_message: 'Hello' }, {}, 'bob');
    await patch({ name: 'Three' }, {}, 'alice');
    const first = await read('?limit=2');
    expect(first.entries.map((e) => e.changes[0]?.after)).toEqual(['Three', 'Hello']);
    expect(first.next).toEqual(expect.any(String));
    const second = await read(`?limit=2&cursor=${first.next}`);
    expect(second.entries.map((e) => e.changes[0]?.after)).toEqual(['One']);
    expect(second.next).toBeNull();
    expect((await read('?user=bob')).entries).toHaveLength(1);
    expect((await read('?field=name')).entries).toHaveLength(2);
    expect((await read(`?agent=${FIRST_AGENT_ID}`)).entries).toHaveLength(3);
    expect((await read('?agent=someone-else')).entries).toHaveLength(0);
    expect((await read(`?from=${started}`)).entries).toHaveLength(3);
    expect((await read(`?to=${started}`)).entries).toHaveLength(0);
  });

  it("keeps each of the fake's tenants apart, as the fake does", async () => {
    const { patch, read } = open();
    const ada = { 'x-fake-tenant': 'ada' };
    expect((await patch({ name: 'Ada' }, ada)).status).toBe(200);
    expect((await read('', ada)).entries).toHaveLength(1);
    expect((await read('', { 'x-fake-tenant': 'bob' })).entries).toHaveLength(0);
    expect((await read()).entries).toHaveLength(0);
  });

  it('keeps a save made while the database is down, and writes it once it is back', async () => {
    let down = false;
    const flaky = database.db.withPlugin({
      transformQuery: (args) => {
        if (down) throw new Error('database is down');
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { send, patch, read, history, log } = open(undefined, flaky, { retryMs: 5_000 });
      await send('/phone');
      await history.settle();

      down = true;
      const res = await patch({ name: 'Billing' }, { 'x-console-source': 'revert' }, 'alice');
      expect(res.status).toBe(200);
      expect(history.unrecorded()).toBe(1);
      expect(log).toHaveBeenCalledWith(
        expect.stringMatching(/^history: could not record a change to agent .* will retry/),
      );
      await send('/phone');
      await history.settle();
      expect(history.unrecorded()).toBe(1);

      down = false;
      // Back, but not retried yet: the page says what is still waiting, for History's banner.
      expect(await read()).toMatchObject({ entries: [], unrecorded: 1 });
      vi.advanceTimersByTime(5_000);
      await vi.waitFor(() => expect(history.unrecorded()).toBe(0));
      const { entries, unrecorded } = await read();
      expect(unrecorded).toBe(0);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        user: 'alice',
        source: 'revert',
        outcome: 'saved',
        // The snapshot could not be read during the save; the entry learnt "before" from it later.
        changes: [{ field: 'name', before: OLD_NAME, after: 'Billing' }],
      });

      // Its own save, written late, is not taken for a change made outside the console.
      await send('/phone');
      await history.settle();
      expect((await read()).entries.map((entry) => entry.kind)).toEqual(['save']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes waiting saves before comparing a list read, oldest first', async () => {
    let down = false;
    const flaky = database.db.withPlugin({
      transformQuery: (args) => {
        if (down) throw new Error('database is down');
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const { send, patch, read, history } = open(undefined, flaky, { retryMs: 3_600_000 });
    await send('/phone');
    await history.settle();
    down = true;
    await patch({ name: 'One' });
    await patch({ name: 'Two' });
    expect(history.unrecorded()).toBe(2);
    down = false;
    await send('/phone');
    await history.settle();
    expect(history.unrecorded()).toBe(0);
    const { entries } = await read();
    expect(entries.map((entry) => [entry.kind, entry.changes[0]?.after])).toEqual([
      ['save', 'Two'],
      ['save', 'One'],
    ]);
  });

  it('answers malformed queries with 400 naming the parameter', async () => {
    const { send } = open();
    const message = async (query: string) => {
      const res = await send(`/history${query}`);
      expect(res.status, query).toBe(400);
      return ((await res.json()) as { message: string }).message;
    };
    expect(await message('?limit=0')).toMatch(/^limit: /);
    expect(await message('?limit=abc')).toMatch(/^limit: /);
    expect(await message('?from=yesterday')).toMatch(/^from: must be an ISO 8601/);
    expect(await message('?cursor=bogus')).toMatch(/^cursor: /);
    expect(await message('?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')).toMatch(/^to: /);
    expect(await message('?color=red')).toBe('Unknown parameter color');
    expect(await message('?agent=')).toBe('agent: must name an agent ID');
    expect(await message(`?user=${'x'.repeat(201)}`)).toMatch(/^user: /);
    expect(await message('?to=2026-13-45T00:00:00Z')).toMatch(/^to: must be an ISO 8601/);
    expect((await send('/history', { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('history when the database fails', () => {
  it('lets the save through, logs the failure, counts it unrecorded and retries', async () => {
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: {
          connect: async () => {
            throw new Error('database is down');
          },
          end: async () => {},
        },
      }),
    });
    const opened = console_(db);
    opened.history.stop();
    const res = await opened.patch({ name: 'Billing' });
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe('Billing');
    expect(opened.history.unrecorded()).toBe(1);
    expect(opened.log).toHaveBeenCalledWith(expect.stringMatching(/^history: could not record/));
    expect(opened.log.mock.calls.join('\n')).not.toContain('Billing');
  });
});
