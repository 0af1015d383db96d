import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { listHistory, type HistoryFilter } from '../../api/history-api.ts';

export const historyKeys = {
  all: ['history'] as const,
  // `version` is the agent's updated_at: a save changes it, and with it the key, so the section
  // fetches the new entry without the editor having to know about history.
  agent: (agentId: string, version: string | null | undefined) =>
    [...historyKeys.all, 'agent', agentId, version ?? null] as const,
  activity: (filter: HistoryFilter) => [...historyKeys.all, 'activity', filter] as const,
};

export const historyQueries = {
  agent: (agentId: string, version: string | null | undefined) =>
    queryOptions({
      queryKey: historyKeys.agent(agentId, version),
      queryFn: ({ signal }) => listHistory({ agent: agentId }, { limit: 50, signal }),
      placeholderData: (previous) => previous,
    }),
  activity: (filter: HistoryFilter) =>
    infiniteQueryOptions({
      queryKey: historyKeys.activity(filter),
      queryFn: ({ signal, pageParam }) =>
        listHistory(filter, { cursor: pageParam, limit: 200, signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.next ?? undefined,
    }),
};
