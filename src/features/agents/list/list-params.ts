import { TYPE_FILTERS, YES_NO, type AgentFilters } from './agent-filters.ts';
import { DEFAULT_SORT, SORT_KEYS, type SortKey } from './agent-sort.ts';

/** Everything that shapes the list view; it lives in the query string so links reopen it. */
export interface ListView {
  query: string;
  filters: AgentFilters;
  sort: SortKey;
}

const PARAM = {
  query: 'q',
  type: 'type',
  model: 'model',
  knowledgeBase: 'kb',
  handoff: 'handoff',
  sort: 'sort',
} as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Unknown or malformed values fall back to the default rather than emptying the list. */
export function readListView(params: URLSearchParams): ListView {
  const model = params.get(PARAM.model);
  return {
    query: params.get(PARAM.query) ?? '',
    filters: {
      type: oneOf(TYPE_FILTERS, params.get(PARAM.type)),
      model: model ? model : null,
      knowledgeBase: oneOf(YES_NO, params.get(PARAM.knowledgeBase)),
      handoff: oneOf(YES_NO, params.get(PARAM.handoff)),
    },
    sort: oneOf(SORT_KEYS, params.get(PARAM.sort)) ?? DEFAULT_SORT,
  };
}

/** Defaults are left out so the plain list keeps the plain address. Other params are kept. */
export function writeListView(view: ListView, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  };
  set(PARAM.query, view.query.trim() === '' ? null : view.query);
  set(PARAM.type, view.filters.type);
  set(PARAM.model, view.filters.model);
  set(PARAM.knowledgeBase, view.filters.knowledgeBase);
  set(PARAM.handoff, view.filters.handoff);
  set(PARAM.sort, view.sort === DEFAULT_SORT ? null : view.sort);
  return params;
}
