import { useSyncExternalStore } from 'react';

/**
 * Which agents are selected, kept outside React: a Set of IDs that any number of agents can fill
 * in one step, and rows that subscribe to their own ID only, so selecting 10,000 agents renders
 * the rows in view once and the count once.
 */
export interface SelectionStore {
  has: (id: string) => boolean;
  size: () => number;
  ids: () => string[];
  set: (ids: readonly string[], selected: boolean) => void;
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSelectionStore(): SelectionStore {
  let selected = new Set<string>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    has: (id) => selected.has(id),
    size: () => selected.size,
    ids: () => [...selected],
    set(ids, on) {
      const next = new Set(selected);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      selected = next;
      notify();
    },
    clear() {
      if (selected.size === 0) return;
      selected = new Set();
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useIsSelected(store: SelectionStore, id: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.has(id));
}

export function useSelectedCount(store: SelectionStore): number {
  return useSyncExternalStore(store.subscribe, store.size);
}

/** React fires a checkbox's change from its click, so the click's modifier keys are there. */
export const shiftHeld = (event: Event) => 'shiftKey' in event && event.shiftKey === true;
