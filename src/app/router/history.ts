export interface AppLocation {
  pathname: string;
  search: string;
}

/** Told about a navigation the app must confirm first; calling `proceed` lets it through. */
export type NavigationBlocker = (proceed: () => void) => void;

export interface AppHistory {
  location(): AppLocation;
  push(to: string): void;
  replace(to: string): void;
  /** Called after every change, including Back/Forward. */
  subscribe(listener: () => void): () => void;
  /** Holds in-app navigation (links, Back/Forward) until the blocker proceeds. */
  block(blocker: NavigationBlocker): () => void;
}

function split(to: string): AppLocation {
  const url = new URL(to, 'http://app.invalid');
  return { pathname: url.pathname, search: url.search };
}

const href = (l: AppLocation) => l.pathname + l.search;

interface Address {
  read(): string;
  write(to: string, replace: boolean): void;
  onPop(listener: () => void): void;
}

function createHistory(address: Address): AppHistory {
  const listeners = new Set<() => void>();
  let blocker: NavigationBlocker | null = null;
  let current = split(address.read());
  const notify = () => {
    const next = split(address.read());
    if (href(next) !== href(current)) current = next;
    listeners.forEach((l) => l());
  };
  const go = (to: string, replace: boolean) => {
    if (blocker) {
      blocker(() => {
        address.write(to, replace);
        notify();
      });
      return;
    }
    address.write(to, replace);
    notify();
  };
  address.onPop(() => {
    if (!blocker) return notify();
    // Back/Forward already moved the address: put it back and ask before going there.
    const target = address.read();
    address.write(href(current), false);
    blocker(() => {
      address.write(target, false);
      notify();
    });
  });
  return {
    location: () => current,
    push: (to) => go(to, false),
    replace: (to) => go(to, true),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    block(next) {
      blocker = next;
      return () => {
        if (blocker === next) blocker = null;
      };
    },
  };
}

/** The address bar. Snapshots are cached so useSyncExternalStore sees a stable object. */
export function createBrowserHistory(): AppHistory {
  return createHistory({
    read: () => window.location.pathname + window.location.search,
    write: (to, replace) =>
      replace ? window.history.replaceState(null, '', to) : window.history.pushState(null, '', to),
    onPop: (listener) => window.addEventListener('popstate', listener),
  });
}

/** For tests: the same contract without touching the window's address. */
export function createMemoryHistory(initial: string): AppHistory {
  let address = initial;
  return createHistory({
    read: () => address,
    write: (to) => {
      address = to;
    },
    onPop: () => {},
  });
}
