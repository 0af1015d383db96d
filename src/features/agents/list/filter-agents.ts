import type { IndexedAgent } from './agent-search-index.ts';
import { matchesFilters, type AgentFilters } from './agent-filters.ts';
import { matchesSearch, type CompiledSearch } from './agent-search.ts';

/** One O(n) pass over an already sorted index: the only work a keystroke triggers. */
export function filterAgents(
  sorted: readonly IndexedAgent[],
  search: CompiledSearch | null,
  filters: AgentFilters,
): readonly IndexedAgent[] {
  const filtering = Object.values(filters).some((value) => value !== null);
  if (!search && !filtering) return sorted;
  return sorted.filter(
    (entry) =>
      (!filtering || matchesFilters(entry, filters)) && (!search || matchesSearch(entry, search)),
  );
}
