import * as z from 'zod/mini';
import { ApiError } from './api-error.ts';
import { describeZodIssues } from './format-zod-issues.ts';
import { apiRequest } from './http-client.ts';
import { agentListPageSchema, phoneAgentSchema, type PhoneAgent } from './schemas/agent.ts';
import { agentPatchSchema, type AgentPatch } from './schemas/agent-patch.ts';
import { HISTORY_SOURCE_HEADER, type HistorySource } from './schemas/history.ts';

const MAX_PAGES = 1000;

/** Both documented 200 answers: the updated agent, or an empty body (then null). */
const patchAnswerSchema = z.pipe(
  z.nullish(phoneAgentSchema),
  z.transform((agent) => agent ?? null),
);

/**
 * Every agent of the org, following the older `{items, next}` pages until `next` is null.
 * `revalidate` skips the app server's shared copy: a save is merged against OpenCX's current list.
 */
export async function listAgents(
  signal?: AbortSignal,
  options: { revalidate?: boolean } = {},
): Promise<PhoneAgent[]> {
  const agents: PhoneAgent[] = [];
  const cursors = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path: string = cursor === null ? '/phone' : `/phone?cursor=${encodeURIComponent(cursor)}`;
    const { items, next } = await apiRequest(path, agentListPageSchema, {
      signal,
      revalidate: options.revalidate,
    });
    agents.push(...items);
    if (!next) return agents;
    if (cursors.has(next)) {
      throw ApiError.invalidResponse(`GET ${path}`, `it repeated the page cursor "${next}"`);
    }
    cursors.add(next);
    cursor = next;
  }
  throw ApiError.invalidResponse('GET /phone', `it kept paging past ${MAX_PAGES} pages`);
}

/**
 * Sends only the keys in `body`. A body outside the contract is a bug in this app, so it throws
 * before anything leaves the browser rather than letting OpenCX answer 400. `source` tells the
 * console's server what started the save, for its history; it never reaches OpenCX.
 */
export async function patchAgent(
  id: string,
  body: AgentPatch,
  { signal, source = 'editor' }: { signal?: AbortSignal; source?: HistorySource } = {},
): Promise<PhoneAgent | null> {
  const checked = agentPatchSchema.safeParse(body);
  if (!checked.success) {
    throw new TypeError(`PATCH body breaks the contract: ${describeZodIssues(checked.error)}`, {
      cause: checked.error,
    });
  }
  return apiRequest(`/phone/${encodeURIComponent(id)}`, patchAnswerSchema, {
    method: 'PATCH',
    body: checked.data,
    signal,
    headers: { [HISTORY_SOURCE_HEADER]: source },
  });
}
