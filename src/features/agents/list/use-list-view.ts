import { useCallback, useEffect, useMemo, useState } from 'react';
import { useListSearchParams } from './list-search.ts';
import { NO_FILTERS, type AgentFilters } from './agent-filters.ts';
import type { SortKey } from './agent-sort.ts';
import { readListView, writeListView } from './list-params.ts';

// Typing rewrites the address after a pause, not per key: browsers throttle history writes.
const QUERY_WRITE_DELAY_MS = 300;

/**
 * The list view read from the address, plus the search box text, which runs ahead of the
 * address while someone types. Filters and sort push a history entry; typing replaces it.
 */
export function useListView() {
  const [params, setParams] = useListSearchParams();
  const view = useMemo(() => readListView(params), [params]);
  const [text, setText] = useState(view.query);
  const [addressQuery, setAddressQuery] = useState(view.query);
  if (view.query !== addressQuery) {
    // The address changed under us (Back/Forward, a pasted link): it wins over the box.
    setAddressQuery(view.query);
    setText(view.query);
  }

  const writeQuery = useCallback(
    (query: string) =>
      setParams((p) => writeListView({ ...readListView(p), query }, p), { replace: true }),
    [setParams],
  );

  useEffect(() => {
    if (text === view.query) return;
    const timer = window.setTimeout(() => writeQuery(text), QUERY_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, view.query, writeQuery]);

  const update = useCallback(
    (change: { filters?: Partial<AgentFilters>; sort?: SortKey }) =>
      setParams((p) => {
        const current = readListView(p);
        return writeListView(
          {
            query: text,
            filters: { ...current.filters, ...change.filters },
            sort: change.sort ?? current.sort,
          },
          p,
        );
      }),
    [setParams, text],
  );

  const clear = useCallback(() => {
    setText('');
    setParams((p) =>
      writeListView({ query: '', filters: NO_FILTERS, sort: readListView(p).sort }, p),
    );
  }, [setParams]);

  /**
   * Writes pending typing now, so Back from an opened agent returns to this exact view; null
   * when the address already holds it. Navigate on only once it resolves: a navigation started
   * meanwhile would be overtaken by this one.
   */
  const flush = useCallback(
    () => (text === view.query ? null : writeQuery(text)),
    [text, view.query, writeQuery],
  );

  return { view, text, setText, update, clear, flush };
}
