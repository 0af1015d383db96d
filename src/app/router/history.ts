export interface AppLocation {
  pathname: string;
  search: string;
}

export interface AppHistory {
  location(): AppLocation;
  push(to: string): void;
  replace(to: string): void;
  /** Called after every change, including Back/Forward. */
  subscribe(listener: () => void): () => void;
}

function split(to: string): AppLocation {
  const url = new URL(to, 'http://app.invalid');
  return { pathname: url.pathname, search: url.search };
}

/** The address bar. Snapshots are cached so useSyncExternalStore sees a stable object. */
export function createBrowserHistory(): AppHistory {
  const listeners = new Set<() => void>();
  let current = split(window.location.pathname + window.location.search);
  const refresh = () => {
    const next = split(window.location.pathname + window.location.search);
    if (next.pathname !== current.pathname || next.search !== current.search) current = next;
    listeners.forEach((l) => l());
  };
  window.addEventListener('popstate', refresh);
  return {
    location: () => current,
    push(to) {
      window.history.pushState(null, '', to);
      refresh();
    },
    replace(to) {
      window.history.replaceState(null, '', to);
      refresh();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** For tests: the same contract without touching the window's address. */
export function createMemoryHistory(initial: string): AppHistory {
  const listeners = new Set<() => void>();
  let current = split(initial);
  const go = (to: string) => {
    current = split(to);
    listeners.forEach((l) => l());
  };
  return {
    location: () => current,
    push: go,
    replace: go,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
