import { useCallback, useMemo } from 'react';
import { useHistory, useLocation } from './router-context.ts';

export type SetSearchParams = (
  next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams),
  options?: { replace?: boolean },
) => void;

/** The query string as URLSearchParams, and a setter that keeps the path and writes history. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const history = useHistory();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback<SetSearchParams>(
    (next, options = {}) => {
      const current = history.location();
      const resolved =
        typeof next === 'function' ? next(new URLSearchParams(current.search)) : next;
      const query = resolved.toString();
      const to = `${current.pathname}${query ? `?${query}` : ''}`;
      if (to === `${current.pathname}${current.search}`) return;
      if (options.replace) history.replace(to);
      else history.push(to);
    },
    [history],
  );
  return [params, setParams];
}
