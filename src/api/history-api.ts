import { apiRequest } from './http-client.ts';
import { historyPageSchema, type HistoryEntry, type HistoryPage } from './schemas/history.ts';

export interface HistoryFilter {
  agent?: string;
  user?: string;
  field?: string;
  /** ISO 8601 */
  from?: string;
  to?: string;
}

export function historyPath(filter: HistoryFilter, cursor?: string, limit = 100): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(limit));
  return `/history?${params}`;
}

export function listHistory(
  filter: HistoryFilter,
  options: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<HistoryPage> {
  return apiRequest(historyPath(filter, options.cursor, options.limit), historyPageSchema, {
    signal: options.signal,
  });
}

/** Every entry the filter matches, page after page: for exports. */
export async function listAllHistory(
  filter: HistoryFilter,
  signal?: AbortSignal,
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listHistory(filter, { cursor, limit: 500, signal });
    entries.push(...page.entries);
    if (!page.next) return entries;
    cursor = page.next;
  }
}
