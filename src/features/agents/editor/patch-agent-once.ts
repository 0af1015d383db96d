import type { QueryClient } from '@tanstack/react-query';
import { patchAgent } from '../../../api/agents-api.ts';
import type { AgentPatch } from '../../../api/schemas/agent-patch.ts';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { HistorySource } from '../../../api/schemas/history.ts';
import { agentKeys, agentQueries, replaceAgentInList } from '../agent-queries.ts';

/** Sends the PATCH and writes OpenCX's answer into the cache: the new saved agent. */
export async function patchAgentOnce(
  queryClient: QueryClient,
  agentId: string,
  patch: AgentPatch,
  source: HistorySource,
): Promise<PhoneAgent> {
  let saved = await patchAgent(agentId, patch, { source });
  if (!saved) {
    // OpenCX may answer 200 with no body: read the list once to learn what it stored.
    const list = await queryClient.fetchQuery({ ...agentQueries.list(), staleTime: 0 });
    saved = list.find((a) => a.id === agentId) ?? null;
    if (!saved) throw new Error('The agent was saved but is no longer in the list of agents');
  }
  const stored = saved;
  queryClient.setQueryData(agentKeys.list(), (list) => replaceAgentInList(list, stored));
  return stored;
}
