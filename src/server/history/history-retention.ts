import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export const DAY_MS = 86_400_000;

/**
 * HISTORY_RETENTION_DAYS: unset keeps everything. Anything but a whole number of days is refused
 * at start-up rather than read as "keep nothing" or "keep everything".
 */
export function readRetentionDays(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const days = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(days) || days < 1) {
    throw new Error(
      `HISTORY_RETENTION_DAYS must be a whole number of days, 1 or more (or unset to keep everything); got "${text.slice(0, 40)}"`,
    );
  }
  return days;
}

/** Deletes entries older than `days` before `now`, in every scope; returns how many. */
export async function deleteEntriesOlderThan(
  db: Kysely<Database>,
  days: number,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const result = await db.deleteFrom('history_entries').where('at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
