import { queryOptions, type DataTag } from '@tanstack/react-query';
import { listAgents } from '../../api/agents-api.ts';
import {
  listActions,
  listTrainingScenarios,
  listVoices,
  type Lookup,
} from '../../api/lookups-api.ts';
import type { PhoneAgent } from '../../api/schemas/agent.ts';

const LOOKUP_STALE_TIME = 5 * 60_000;

// Consumers want the items; the count of those left out is read apart (useUnreadableCount).
const lookupItems = <T>(lookup: Lookup<T>) => lookup.items;

type AgentListKey = DataTag<readonly ['agents', 'list'], PhoneAgent[]>;

export const agentKeys = {
  all: ['agents'] as const,
  // Tagged with its data type so setQueryData/getQueryData on this key are typed too.
  list: () => [...agentKeys.all, 'list'] as const as AgentListKey,
  /** The re-read before a save, kept apart so a deleted agent does not unmount the open form. */
  beforeSave: (id: string) => [...agentKeys.all, 'before-save', id] as const,
};

export const lookupKeys = {
  all: ['lookups'] as const,
  voices: () => [...lookupKeys.all, 'voices'] as const,
  actions: () => [...lookupKeys.all, 'actions'] as const,
  training: () => [...lookupKeys.all, 'training'] as const,
};

export const agentQueries = {
  list: () =>
    queryOptions({
      queryKey: agentKeys.list(),
      queryFn: ({ signal }) => listAgents(signal),
    }),
  // There is no GET /phone/{id}: one agent is picked from the list, under the list's key, so the
  // list page and the editor share one fetch and one cache entry.
  detail: (id: string) =>
    queryOptions({
      ...agentQueries.list(),
      select: (agents: PhoneAgent[]) => agents.find((agent) => agent.id === id) ?? null,
      // Opening an agent from the list reuses the list already fetched, however old: the editor
      // polls and re-reads before every save, so a full refetch of the org here buys nothing.
      refetchOnMount: false,
    }),
};

export const lookupQueries = {
  voices: () =>
    queryOptions({
      queryKey: lookupKeys.voices(),
      queryFn: ({ signal }) => listVoices(signal),
      select: lookupItems,
      staleTime: LOOKUP_STALE_TIME,
    }),
  actions: () =>
    queryOptions({
      queryKey: lookupKeys.actions(),
      queryFn: ({ signal }) => listActions(signal),
      select: lookupItems,
      staleTime: LOOKUP_STALE_TIME,
    }),
  training: () =>
    queryOptions({
      queryKey: lookupKeys.training(),
      queryFn: ({ signal }) => listTrainingScenarios(signal),
      select: lookupItems,
      staleTime: LOOKUP_STALE_TIME,
    }),
};

/** The cached list with `agent` (the server's answer) in place of its old self. */
export function replaceAgentInList(
  list: PhoneAgent[] | undefined,
  agent: PhoneAgent,
): PhoneAgent[] | undefined {
  if (list === undefined) return undefined;
  const index = list.findIndex((existing) => existing.id === agent.id);
  if (index === -1) return [...list, agent];
  return list.map((existing, i) => (i === index ? agent : existing));
}
