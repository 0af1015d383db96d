import type { QueryClient } from '@tanstack/react-query';
import { listAgents } from '../../../api/agents-api.ts';
import { agentKeys } from '../agent-queries.ts';

export class AgentDeletedError extends Error {
  constructor() {
    super('This agent no longer exists in OpenCX: it was deleted while you were editing.');
    this.name = 'AgentDeletedError';
  }
}

/** The agent as OpenCX holds it right now: OpenCX has no version check, so every save asks. */
export async function readFreshAgent(queryClient: QueryClient, agentId: string) {
  // Read under a key of its own: if the agent is gone, writing that list into the shared cache
  // would unmount this form, and with it the edits the user still needs to copy.
  const list = await queryClient.fetchQuery({
    queryKey: agentKeys.beforeSave(agentId),
    queryFn: ({ signal }) => listAgents(signal, { revalidate: true }),
    staleTime: 0,
    gcTime: 0,
  });
  const fresh = list.find((a) => a.id === agentId);
  if (!fresh) throw new AgentDeletedError();
  queryClient.setQueryData(agentKeys.list(), list);
  return fresh;
}
