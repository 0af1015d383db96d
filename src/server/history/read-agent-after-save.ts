import { agentListPageSchema, phoneAgentSchema } from '../../api/schemas/agent.ts';
import type { ForwardToOpenCx } from './gateway-history.ts';

type AgentRecord = Record<string, unknown> & { id: string };

const MAX_PAGES = 50;

export function parseAgent(text: string | null): AgentRecord | null {
  if (!text?.trim()) return null;
  try {
    const parsed = phoneAgentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseAgentList(text: string | null) {
  if (!text) return null;
  try {
    const parsed = agentListPageSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * OpenCX may answer a PATCH with an empty body; then the saved state is read back from the list
 * (there is no single-agent GET), following pages until the agent turns up.
 */
export async function rereadAgent(
  original: Request,
  id: string,
  forward: ForwardToOpenCx,
): Promise<AgentRecord | null> {
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path = cursor ? `/phone?${new URLSearchParams({ cursor })}` : '/phone';
    const headers = new Headers(original.headers);
    headers.delete('content-type');
    const read = new Request(new URL(`/api${path}`, original.url), { method: 'GET', headers });
    const answer = await forward(read, path);
    if (answer.status < 200 || answer.status > 299) return null;
    const list = parseAgentList(answer.body);
    const agent = list?.items.find((item) => item.id === id);
    if (agent) return agent;
    if (!list?.next) return null;
    cursor = list.next;
  }
  return null;
}
