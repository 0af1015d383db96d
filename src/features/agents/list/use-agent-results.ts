import { useDeferredValue, useMemo } from 'react';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { modelsInList, type AgentFilters } from './agent-filters.ts';
import { buildSearchIndex } from './agent-search-index.ts';
import { compileSearch } from './agent-search.ts';
import { sortAgents, type SortKey } from './agent-sort.ts';
import { filterAgents } from './filter-agents.ts';
import { localeCountry } from './phone-query.ts';
import { usePhoneParser } from './use-phone-parser.ts';

const COUNTRY = localeCountry(typeof navigator === 'undefined' ? undefined : navigator.language);

/**
 * Index and sort once per list (and per sort key); a keystroke only compiles the query and runs
 * one filter pass, at deferred priority so the search box never waits for the table.
 */
export function useAgentResults(
  agents: readonly PhoneAgent[],
  text: string,
  filters: AgentFilters,
  sort: SortKey,
) {
  const parser = usePhoneParser();
  const index = useMemo(() => buildSearchIndex(agents), [agents]);
  const models = useMemo(() => modelsInList(index), [index]);
  const sorted = useMemo(() => sortAgents(index, sort), [index, sort]);
  const query = useDeferredValue(text);
  const search = useMemo(() => compileSearch(query, parser, COUNTRY), [query, parser]);
  const results = useMemo(() => filterAgents(sorted, search, filters), [sorted, search, filters]);
  return { results, models, query: query.trim(), stale: query !== text };
}
