import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import * as z from 'zod/mini';

const param = z.optional(z.string());

/** The list's address: each value is checked again by readListView, which drops bad ones. */
export const listSearchSchema = z.object({
  q: param,
  type: param,
  model: param,
  kb: param,
  handoff: param,
  sort: param,
});

type ListSearch = z.infer<typeof listSearchSchema>;

/** Resolves once the address holds the new view. */
export type SetSearchParams = (
  next: (current: URLSearchParams) => URLSearchParams,
  options?: { replace?: boolean },
) => Promise<void>;

const toParams = (search: ListSearch) =>
  new URLSearchParams(
    Object.entries(search).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

/** The list's query string as URLSearchParams, and a setter that writes a history entry. */
export function useListSearchParams(): [URLSearchParams, SetSearchParams] {
  const search = useSearch({ from: '/agents' });
  const navigate = useNavigate({ from: '/agents' });
  const params = useMemo(() => toParams(search), [search]);
  const setParams = useCallback<SetSearchParams>(
    (next, options = {}) =>
      navigate({
        search: (current) => listSearchSchema.parse(Object.fromEntries(next(toParams(current)))),
        replace: options.replace,
      }),
    [navigate],
  );
  return [params, setParams];
}
