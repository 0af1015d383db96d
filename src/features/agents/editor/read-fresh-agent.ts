import type { QueryClient } from '@tanstack/react-query';
import { hasAgentWithoutId, listAgents } from '../../../api/agents-api.ts';
import { ApiError } from '../../../api/api-error.ts';
import { unexpectedDataOf } from '../../../api/schemas/agent.ts';
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
  // Saving over an agent that is not understood, or calling one deleted that may only be
  // unreadable, would each be a guess: the save stops and says what came back.
  const problem = fresh && unexpectedDataOf(fresh);
  if (problem) throw ApiError.invalidResponse('GET /phone', `this agent came back with ${problem}`);
  if (!fresh && hasAgentWithoutId(list)) {
    throw ApiError.invalidResponse('GET /phone', 'it held an agent without a readable ID');
  }
  if (!fresh) throw new AgentDeletedError();
  queryClient.setQueryData(agentKeys.list(), list);
  return fresh;
}
