import * as z from 'zod/mini';
import { ApiError } from './api-error.ts';
import { describeZodIssues } from './format-zod-issues.ts';
import { readItems, type UnreadableItem } from './read-items.ts';
import { apiRequest } from './http-client.ts';
import {
  agentListEnvelopeSchema,
  phoneAgentSchema,
  UNEXPECTED_DATA,
  unexpectedDataOf,
  type PhoneAgent,
} from './schemas/agent.ts';
import { agentPatchSchema, type AgentPatch } from './schemas/agent-patch.ts';
import { HISTORY_SOURCE_HEADER, type HistorySource } from './schemas/history.ts';

const MAX_PAGES = 1000;

/** Both documented 200 answers: the updated agent, or an empty body (then null). */
const patchAnswerSchema = z.pipe(
  z.nullish(phoneAgentSchema),
  z.transform((agent) => agent ?? null),
);

function readableString(raw: unknown, key: string): string | null {
  if (!raw || typeof raw !== 'object') return null;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * An agent that broke the contract, reduced to what can be trusted: its ID and name where
 * readable, and the problem. Without a readable ID it still shows, under a made-up one.
 */
const NO_ID_PREFIX = 'unreadable-agent-';

function standIn({ raw, problem }: UnreadableItem, position: number): PhoneAgent {
  const id = readableString(raw, 'id');
  return {
    id: id ?? `${NO_ID_PREFIX}${position + 1}`,
    name: readableString(raw, 'name'),
    [UNEXPECTED_DATA]: id ? problem : `it has no readable ID; ${problem}`,
  };
}

/** Whether a list holds an agent whose ID could not be read (listed under a made-up one). */
export function hasAgentWithoutId(agents: readonly PhoneAgent[]): boolean {
  return agents.some((agent) => agent.id.startsWith(NO_ID_PREFIX) && unexpectedDataOf(agent));
}

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
    const page = await apiRequest(path, agentListEnvelopeSchema, {
      signal,
      revalidate: options.revalidate,
    });
    const { items, unreadable } = readItems(page.items, phoneAgentSchema);
    // Stand-ins go where the agent was, so the list's order is OpenCX's.
    const base = agents.length;
    // The marker is this app's own: an agent that arrives carrying it is still an ordinary one.
    for (const agent of items) delete agent[UNEXPECTED_DATA];
    agents.push(...items);
    for (const item of unreadable)
      agents.splice(base + item.index, 0, standIn(item, base + item.index));
    const { next } = page;
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
