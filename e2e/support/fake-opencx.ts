import { expect, type APIRequestContext } from '@playwright/test';

export const FRONT_DESK_ID = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
export const ACTIONS_LIST_AGENT_ID = 'e56ee1d2-c0bd-428d-a693-ed128773857f';
export const ALL_ACTIONS_AGENT_ID = '323addbc-5dfc-4e81-90d2-4e5c19510dff';

export interface LoggedRequest {
  method: string;
  path: string;
  search: string;
  /** The JSON body as parsed by the fake, or the raw text when it was not JSON. */
  body: unknown;
}

/** Every test starts from the seed, so tests never depend on each other's edits. */
export async function resetFake(request: APIRequestContext) {
  const response = await request.post('/api/__fake/reset');
  expect(response.ok()).toBe(true);
}

/** What the fake OpenCX received: the server-side truth about what the app sent. */
export async function receivedRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await request.get('/api/__fake/requests');
  expect(response.ok()).toBe(true);
  return (await response.json()) as LoggedRequest[];
}

export async function receivedPatches(request: APIRequestContext) {
  const all = await receivedRequests(request);
  return all
    .filter((r) => r.method === 'PATCH')
    .map((r) => ({ path: r.path, body: r.body as Record<string, unknown> }));
}

export async function storedAgent(request: APIRequestContext, id: string) {
  const response = await request.get('/api/phone');
  const agents = (await response.json()) as { id: string; [key: string]: unknown }[];
  // Reading the list logs a GET; callers look only at PATCHes, so that is harmless.
  return agents.find((a) => a.id === id);
}
