import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppHistory } from './history.ts';
import type { Params } from './match-route.ts';

export const HistoryContext = createContext<AppHistory | null>(null);
export const ParamsContext = createContext<Params>({});

export function useHistory(): AppHistory {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('useHistory needs a <Router>');
  return history;
}

export function useLocation() {
  const history = useHistory();
  return useSyncExternalStore(history.subscribe, history.location, history.location);
}

export function useParams(): Params {
  return useContext(ParamsContext);
}

export function useNavigate() {
  const history = useHistory();
  return (to: string, options: { replace?: boolean } = {}) =>
    options.replace ? history.replace(to) : history.push(to);
}
