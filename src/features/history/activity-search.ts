import * as z from 'zod/mini';
import type { HistoryFilter } from '../../api/history-api.ts';

const param = z.optional(z.string());

/** The Activity page's filters, kept in the address so a filtered view can be shared. */
export const activitySearchSchema = z.object({
  agent: param,
  user: param,
  field: param,
  /** yyyy-mm-dd, local days: from the start of `from` to the end of `to`. */
  from: param,
  to: param,
});
export type ActivitySearch = z.infer<typeof activitySearchSchema>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(day: string | undefined, plusDays = 0): string | undefined {
  if (!day || !DAY.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

export function toHistoryFilter(search: ActivitySearch): HistoryFilter {
  return {
    agent: search.agent?.trim() || undefined,
    user: search.user?.trim() || undefined,
    field: search.field || undefined,
    from: dayStart(search.from),
    to: dayStart(search.to, 1),
  };
}
