// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/open-database.ts';
import { testEngines } from '../db/test-engines.ts';
import { createRateBudget } from './rate-budget.ts';

describe.each(testEngines())('the bulk rate budget on $name', (engine) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await engine.open();
  }, 120_000);
  afterAll(() => database?.close());

  it('spaces sends evenly and never allows more than the rate in any minute', async () => {
    let clock = 1_000_000;
    const budget = createRateBudget({ db: database.db, ratePerWindow: 60, now: () => clock });
    const sent: number[] = [];
    // Ask every 100 ms for three simulated minutes.
    for (let step = 0; step < 1800; step += 1) {
      if ((await budget.tryClaim('key-a')).ok) sent.push(clock);
      clock += 100;
    }
    expect(sent.length).toBeGreaterThanOrEqual(179);
    expect(sent.length).toBeLessThanOrEqual(180);
    for (const start of sent) {
      expect(sent.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(60);
    }
  });

  it('says how long to wait, and a 429 holds every caller of that key until Retry-After', async () => {
    let clock = 5_000_000;
    const budget = createRateBudget({ db: database.db, ratePerWindow: 60, now: () => clock });
    expect(await budget.tryClaim('key-b')).toEqual({ ok: true });
    expect(await budget.tryClaim('key-b')).toEqual({ ok: false, waitMs: 1000 });
    clock += 1000;
    await budget.holdUntil('key-b', clock + 30_000);
    const other = createRateBudget({ db: database.db, ratePerWindow: 60, now: () => clock });
    expect(await other.tryClaim('key-b')).toEqual({ ok: false, waitMs: 30_000 });
    expect(await other.tryClaim('key-c')).toEqual({ ok: true });
    clock += 30_000;
    expect(await other.tryClaim('key-b')).toEqual({ ok: true });
  });

  it('is shared by budgets that only share the database, racing for the same slot', async () => {
    let clock = 9_000_000;
    const budgets = [1, 2, 3].map(() =>
      createRateBudget({ db: database.db, ratePerWindow: 10, windowMs: 1000, now: () => clock }),
    );
    let granted = 0;
    for (let step = 0; step < 100; step += 1) {
      const claims = await Promise.all(budgets.map((b) => b.tryClaim('key-d')));
      granted += claims.filter((c) => c.ok).length;
      clock += 10;
    }
    // One simulated second at 10 per second, whichever of three servers asks.
    expect(granted).toBe(10);
  });
});
