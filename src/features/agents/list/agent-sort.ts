import type { IndexedAgent } from './agent-search-index.ts';

export const SORT_KEYS = ['name', '-name', 'updated', '-updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'name';

export const SORT_LABELS: Record<SortKey, string> = {
  name: 'Name (A to Z)',
  '-name': 'Name (Z to A)',
  '-updated': 'Recently updated',
  updated: 'Least recently updated',
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byName(a: IndexedAgent, b: IndexedAgent): number {
  return collator.compare(a.displayName, b.displayName);
}

function byUpdated(a: IndexedAgent, b: IndexedAgent): number {
  if (a.updatedMs === b.updatedMs) return 0;
  return a.updatedMs < b.updatedMs ? -1 : 1;
}

/**
 * A sorted copy. Done once per list and sort key, never per keystroke: filtering keeps the order.
 * Ties fall back to the ID so the order is the same on every load.
 */
export function sortAgents(entries: readonly IndexedAgent[], sort: SortKey): IndexedAgent[] {
  const descending = sort.startsWith('-');
  const compare = sort.endsWith('name') ? byName : byUpdated;
  return [...entries].sort((a, b) => {
    const primary = descending ? compare(b, a) : compare(a, b);
    if (primary !== 0) return primary;
    return a.lowerId < b.lowerId ? -1 : a.lowerId > b.lowerId ? 1 : 0;
  });
}
