import { agentListPageSchema, type PhoneAgent } from '../../api/schemas/agent.ts';
import {
  actionsResponseSchema,
  trainingPageSchema,
  voicesResponseSchema,
} from '../../api/schemas/lookups.ts';
import { parseRetryAfter } from '../../api/retry-after.ts';
import type { JobCaller } from './job-caller.ts';

const MAX_PAGES = 1000;

/** OpenCX said 429: nothing more until `untilMs`. */
export class RateLimited extends Error {
  constructor(readonly untilMs: number) {
    super('OpenCX is rate limiting this key');
  }
}

export class UpstreamFailed extends Error {}

/** How long to stop after a 429 that names no Retry-After (OpenCX documents none). */
const DEFAULT_RETRY_AFTER_S = 60;

export function retryUntil(response: Response, now: number): number {
  const seconds = parseRetryAfter(response.headers.get('retry-after'), now);
  return now + (seconds ?? DEFAULT_RETRY_AFTER_S) * 1000;
}

async function readJson(caller: JobCaller, path: string, now: () => number): Promise<unknown> {
  const response = await caller.call('GET', path);
  if (response.status === 429) throw new RateLimited(retryUntil(response, now()));
  if (!response.ok) throw new UpstreamFailed(`GET ${path}: OpenCX answered ${response.status}`);
  return response.json();
}

function parsed<T>(path: string, result: { success: true; data: T } | { success: false }): T {
  if (!result.success) throw new UpstreamFailed(`GET ${path}: the answer breaks the contract`);
  return result.data;
}

export async function readAgents(caller: JobCaller, now: () => number): Promise<PhoneAgent[]> {
  const agents: PhoneAgent[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path: string = cursor === null ? '/phone' : `/phone?${new URLSearchParams({ cursor })}`;
    const { items, next } = parsed(
      path,
      agentListPageSchema.safeParse(await readJson(caller, path, now)),
    );
    agents.push(...items);
    if (!next || next === cursor) return agents;
    cursor = next;
  }
  return agents;
}

export async function readActionIds(caller: JobCaller, now: () => number): Promise<string[]> {
  const actions = parsed(
    '/actions',
    actionsResponseSchema.safeParse(await readJson(caller, '/actions', now)),
  );
  return actions.map((action) => action.id);
}

export async function readScenarioIds(caller: JobCaller, now: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path = `/training?limit=100&offset=${ids.length}`;
    const { items, hasMore } = parsed(
      path,
      trainingPageSchema.safeParse(await readJson(caller, path, now)),
    );
    ids.push(...items.map((item) => item.id));
    if (!hasMore || items.length === 0) break;
  }
  return ids;
}

export async function readVoiceIds(caller: JobCaller, now: () => number): Promise<string[]> {
  const voices = parsed(
    '/phone/voices',
    voicesResponseSchema.safeParse(await readJson(caller, '/phone/voices', now)),
  );
  return voices.map((voice) => voice.id);
}
