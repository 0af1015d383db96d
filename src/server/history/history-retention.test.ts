import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Kysely, PostgresDialect } from 'kysely';
import type { OpenDatabase } from '../db/open-database.ts';
import type { Database } from '../db/schema.ts';
import { testEngines } from '../db/test-engines.ts';
import { createHistory, type History } from './create-history.ts';
import { DAY_MS, readRetentionDays } from './history-retention.ts';
import { insertEntry } from './history-store.ts';

describe('readRetentionDays', () => {
  it('keeps everything when unset, and reads whole days', () => {
    expect(readRetentionDays(undefined)).toBeUndefined();
    expect(readRetentionDays('  ')).toBeUndefined();
    expect(readRetentionDays('30')).toBe(30);
    expect(readRetentionDays(' 7 ')).toBe(7);
  });

  it.each(['0', '-1', '1.5', '30d', 'forever', '1e3', '99999999999999999999'])(
    'refuses "%s" in one line naming the variable',
    (value) => {
      expect(() => readRetentionDays(value)).toThrow(
        /^HISTORY_RETENTION_DAYS must be a whole number of days, 1 or more/,
      );
    },
  );
});

describe.each(testEngines())('retention on $name', (engine) => {
  let database: OpenDatabase;
  const histories: History[] = [];
  beforeAll(async () => {
    database = await engine.open();
  }, 120_000);
  afterAll(() => database?.close());
  beforeEach(async () => {
    await database.db.deleteFrom('history_entries').execute();
  });
  afterEach(() => {
    for (const history of histories.splice(0)) history.stop();
    vi.useRealTimers();
  });

  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
  const add = (at: string, scope = 'opencx') =>
    insertEntry(database.db, {
      scope,
      at,
      user: 'alice',
      agentId: 'a1',
      agentName: 'Billing',
      kind: 'save',
      source: 'editor',
      outcome: 'saved',
      reason: null,
      changes: [{ field: 'name', before: 'A', after: at }],
    });
  const remaining = async () =>
    (await database.db.selectFrom('history_entries').select('at').orderBy('at').execute()).map(
      (row) => new Date(row.at).toISOString(),
    );
  const start = (retentionDays?: number) => {
    const log = vi.fn<(line: string) => void>();
    const history = createHistory({ db: database.db, log, retentionDays });
    histories.push(history);
    return { history, log };
  };

  it('keeps everything when no retention is set', async () => {
    const old = daysAgo(3650);
    await add(old);
    const { history } = start();
    await history.settle();
    expect(await remaining()).toEqual([old]);
  });

  it('deletes entries older than the retention at start-up, in every scope', async () => {
    const kept = [daysAgo(29), daysAgo(0)];
    await add(daysAgo(45));
    await add(daysAgo(31), 'fake:someone');
    for (const at of kept) await add(at);
    const { history, log } = start(30);
    await history.settle();
    expect(await remaining()).toEqual(kept);
    expect(log).toHaveBeenCalledWith('history: removed 2 entries older than 30 days');
  });

  it('applies it again every day, from a timer that does not hold the process open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { history } = start(10);
    await history.settle();
    const timers = vi.getTimerCount();
    expect(timers).toBeGreaterThanOrEqual(2); // the retry and the retention

    const aged = daysAgo(11);
    await add(aged);
    await add(daysAgo(1));
    expect(await remaining()).toContain(aged);
    vi.advanceTimersByTime(DAY_MS);
    await history.settle();
    expect(await remaining()).not.toContain(aged);
    expect(await remaining()).toHaveLength(1);

    history.stop();
    expect(vi.getTimerCount()).toBe(timers - 2);
    await add(daysAgo(20));
    vi.advanceTimersByTime(DAY_MS);
    await history.settle();
    expect(await remaining()).toHaveLength(2);
  });

  it("never holds the process open: its timers are unref'd", async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const { history } = start(10);
    await history.settle();
    const timers = setIntervalSpy.mock.results.map((result) => result.value as NodeJS.Timeout);
    expect(timers.length).toBeGreaterThanOrEqual(2);
    for (const timer of timers) expect(timer.hasRef()).toBe(false);
  });
});

describe('retention when the database fails', () => {
  it('logs the failure in one line and keeps the server running', async () => {
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
    const log = vi.fn<(line: string) => void>();
    const history = createHistory({ db, log, retentionDays: 30 });
    try {
      await history.settle();
      expect(log).toHaveBeenCalledWith('history: could not remove old entries: database is down');
    } finally {
      history.stop();
    }
  });
});
