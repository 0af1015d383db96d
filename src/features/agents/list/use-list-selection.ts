import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { IndexedAgent } from './agent-search-index.ts';
import { createSelectionStore } from './selection-store.ts';

/**
 * The list's selection: kept for as long as the list is open, through searches and filters.
 * Shift extends from the last agent toggled to this one, over the rows as they are now shown.
 */
export function useListSelection(results: readonly IndexedAgent[]) {
  const [store] = useState(createSelectionStore);
  const anchor = useRef<string | null>(null);
  const shown = useRef(results);
  useLayoutEffect(() => {
    shown.current = results;
  });

  const toggle = useCallback(
    (id: string, extend: boolean) => {
      const entries = shown.current;
      const on = !store.has(id);
      const to = entries.findIndex((entry) => entry.agent.id === id);
      const from =
        extend && anchor.current !== null
          ? entries.findIndex((entry) => entry.agent.id === anchor.current)
          : -1;
      if (from !== -1 && to !== -1) {
        const range = entries.slice(Math.min(from, to), Math.max(from, to) + 1);
        store.set(
          range.map((entry) => entry.agent.id),
          on,
        );
      } else {
        store.set([id], on);
      }
      anchor.current = id;
    },
    [store],
  );

  const selectAllShown = useCallback(() => {
    store.set(
      shown.current.map((entry) => entry.agent.id),
      true,
    );
  }, [store]);

  return { store, toggle, selectAllShown };
}
