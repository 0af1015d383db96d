import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patchAgent } from '../../../api/agents-api.ts';
import type { AgentPatch } from '../../../api/schemas/agent-patch.ts';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { agentKeys, agentQueries, replaceAgentInList } from '../agent-queries.ts';

export function useSaveAgent(agentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['agents', 'save', agentId],
    mutationFn: async (patch: AgentPatch): Promise<PhoneAgent> => {
      const returned = await patchAgent(agentId, patch);
      if (returned) return returned;
      // OpenCX may answer 200 with no body: read the list once to learn what it stored.
      const list = await queryClient.fetchQuery({ ...agentQueries.list(), staleTime: 0 });
      const fresh = list.find((a) => a.id === agentId);
      if (!fresh) throw new Error('The agent was saved but is no longer in the list of agents');
      return fresh;
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(agentKeys.list(), (list) => replaceAgentInList(list, saved));
    },
  });
}
