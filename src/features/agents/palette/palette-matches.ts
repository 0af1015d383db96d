import type { IndexedAgent } from '../list/agent-search-index.ts';
import { matchesSearch, type CompiledSearch } from '../list/agent-search.ts';

/**
 * The first `limit` agents matching the search, with an agent whose complete ID was pasted
 * always first, so Enter opens exactly that agent.
 */
export function paletteMatches(
  index: readonly IndexedAgent[],
  search: CompiledSearch | null,
  limit: number,
): IndexedAgent[] {
  if (!search) return [];
  const exact = index.find((entry) => entry.lowerId === search.idPrefix);
  const matches: IndexedAgent[] = exact ? [exact] : [];
  for (const entry of index) {
    if (matches.length >= limit) break;
    if (entry !== exact && matchesSearch(entry, search)) matches.push(entry);
  }
  return matches;
}
