import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface RateBudgetOptions {
  db: Kysely<Database>;
  /** BULK_RATE_PER_MINUTE: sends allowed per window. */
  ratePerWindow: number;
  /** 60 000 in production; shorter in tests. */
  windowMs?: number;
  now?: () => number;
}

export type Claim = { ok: true } | { ok: false; waitMs: number };

export interface RateBudget {
  /** Milliseconds between two sends at the budget's rate. */
  readonly intervalMs: number;
  /** Takes the next send slot for `key` if it is due now; otherwise says how long to wait. */
  tryClaim(key: string): Promise<Claim>;
  /** OpenCX said 429: no bulk send for `key`, from any server, before `untilMs`. */
  holdUntil(key: string, untilMs: number): Promise<void>;
}

/**
 * One budget per OpenCX key in the database, so every job on every server sharing it draws from
 * the same rate. Sends are spaced evenly (GCRA with no burst): at most `ratePerWindow` in any
 * window, leaving the rest of OpenCX's limit to people editing. The slot is taken by one
 * conditional UPDATE … RETURNING, which PostgreSQL's row lock makes atomic across servers.
 */
export function createRateBudget(options: RateBudgetOptions): RateBudget {
  const { db } = options;
  const now = options.now ?? Date.now;
  const intervalMs = (options.windowMs ?? 60_000) / options.ratePerWindow;
  const known = new Set<string>();

  async function ensureRow(key: string): Promise<void> {
    if (known.has(key)) return;
    await db
      .insertInto('bulk_rate_budget')
      .values({ key, next_at_ms: 0 })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    known.add(key);
  }

  return {
    intervalMs,
    async tryClaim(key) {
      await ensureRow(key);
      const at = now();
      const claimed = await db
        .updateTable('bulk_rate_budget')
        .set({
          next_at_ms: sql<number>`greatest(next_at_ms, ${at}::double precision) + ${intervalMs}::double precision`,
        })
        .where('key', '=', key)
        .where('next_at_ms', '<=', at)
        .returning('next_at_ms')
        .executeTakeFirst();
      if (claimed) return { ok: true };
      const row = await db
        .selectFrom('bulk_rate_budget')
        .select('next_at_ms')
        .where('key', '=', key)
        .executeTakeFirst();
      return { ok: false, waitMs: Math.max(1, (row?.next_at_ms ?? at) - at) };
    },
    async holdUntil(key, untilMs) {
      await ensureRow(key);
      await db
        .updateTable('bulk_rate_budget')
        .set({ next_at_ms: sql<number>`greatest(next_at_ms, ${untilMs}::double precision)` })
        .where('key', '=', key)
        .execute();
    },
  };
}
