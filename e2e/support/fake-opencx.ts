import {
  expect as baseExpect,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';

/** The machine running these is often heavily loaded: waits are generous, never wall-clock. */
export const expect = baseExpect.configure({ timeout: 30_000 });
export const SLOW_TEST_TIMEOUT_MS = 180_000;

export const FRONT_DESK_ID = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
export const ALL_ACTIONS_AGENT_ID = '323addbc-5dfc-4e81-90d2-4e5c19510dff';

export interface LoggedRequest {
  method: string;
  path: string;
  search: string;
  /** The JSON body as parsed by the fake, or the raw text when it was not JSON. */
  body: unknown;
}

/** One injected failure, as `POST /api/__fake/faults` takes it (see src/server/fake-opencx). */
export interface FaultSpec {
  method?: string;
  /** An exact path (`/phone/…`) or a prefix ending in `*`; a leading `/api` is ignored. */
  path: string;
  times?: number;
  kind: 'status' | 'hang' | 'drop' | 'slow';
  status?: number;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

// One connection per call: the server closes idle keep-alive sockets after a few seconds, and a
// call that reuses one at that moment fails with ECONNRESET (seen as "socket hang up").
const FRESH_CONNECTION = { connection: 'close' };

/**
 * A read of the fake's state, tried once more when the socket it went out on was already being
 * closed: a GET changes nothing, so repeating it is safe.
 */
async function readFake(request: APIRequestContext, path: string) {
  try {
    return await request.get(path, { headers: FRESH_CONNECTION });
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return request.get(path, { headers: FRESH_CONNECTION });
  }
}

/** Every test starts from the seed, so tests never depend on each other's edits. */
export async function resetFake(request: APIRequestContext) {
  const response = await request.post('/api/__fake/reset', { headers: FRESH_CONNECTION });
  expect(response.ok()).toBe(true);
}

/** Makes the next matching request(s) fail at the fake OpenCX, behind the app's own gateway. */
export async function injectFault(request: APIRequestContext, fault: FaultSpec | FaultSpec[]) {
  const response = await request.post('/api/__fake/faults', {
    data: fault,
    headers: FRESH_CONNECTION,
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** Faults still waiting for a request to match them. */
export async function pendingFaults(request: APIRequestContext): Promise<FaultSpec[]> {
  const response = await readFake(request, '/api/__fake/faults');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { faults: FaultSpec[] }).faults;
}

export async function clearFaults(request: APIRequestContext) {
  const response = await request.delete('/api/__fake/faults', { headers: FRESH_CONNECTION });
  expect(response.ok()).toBe(true);
}

/** What the fake OpenCX received: the server-side truth about what the app sent. */
export async function receivedRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await readFake(request, '/api/__fake/requests');
  expect(response.ok()).toBe(true);
  return (await response.json()) as LoggedRequest[];
}

export async function receivedPatches(request: APIRequestContext) {
  const all = await receivedRequests(request);
  return all
    .filter((r) => r.method === 'PATCH')
    .map((r) => ({ path: r.path, body: r.body as Record<string, unknown> }));
}

export type StoredAgent = { id: string; name?: string | null; [key: string]: unknown };

/** Every agent as the fake holds it (read around the fault injection, not through it). */
export async function storedAgents(request: APIRequestContext): Promise<StoredAgent[]> {
  const response = await readFake(request, '/api/phone');
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as StoredAgent[];
}

export async function storedAgent(request: APIRequestContext, id: string) {
  // Reading the list logs a GET; callers look only at PATCHes, so that is harmless.
  return (await storedAgents(request)).find((a) => a.id === id);
}

export async function agentIdByName(request: APIRequestContext, name: string): Promise<string> {
  const agent = (await storedAgents(request)).find((a) => a.name === name);
  if (!agent) throw new Error(`The seed has no agent named ${name}`);
  return agent.id;
}

/** Changes an agent the way a colleague's console would: straight at the API. */
export async function patchAsColleague(
  request: APIRequestContext,
  id: string,
  body: Record<string, unknown>,
) {
  const response = await request.patch(`/api/phone/${id}`, {
    data: body,
    headers: FRESH_CONNECTION,
  });
  expect(response.ok(), await response.text()).toBe(true);
}

// The editor, as a person sees it.
export const nameInput = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });
export const firstMessageInput = (page: Page) => page.getByLabel('First message');
export const handoffInput = (page: Page) => page.getByLabel('Handoff phone number');
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save changes' });
export const discardButton = (page: Page) => page.getByRole('button', { name: 'Discard changes' });
export const retrySaveButton = (page: Page) => page.getByRole('button', { name: 'Retry save' });
export const unsavedMarker = (page: Page) => page.getByText(/^\d+ unsaved changes?$/);
export const saveFailedAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'The changes were not saved' });

type ToastWindow = Window & { savedToasts?: string[] };
const recording = new WeakSet<Page>();

/**
 * Notes every "Saved: …" summary as it appears, the line that names the saved fields. A later
 * save replaces it, which a heavily loaded machine can miss between two polls; this record cannot
 * be missed.
 */
async function recordSavedToasts(page: Page) {
  if (recording.has(page)) return;
  recording.add(page);
  await page.addInitScript(() => {
    const w = window as ToastWindow;
    w.savedToasts = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const elements = node instanceof Element ? [node, ...node.querySelectorAll('*')] : [];
          for (const element of elements) {
            const text = element.childElementCount === 0 ? (element.textContent ?? '') : '';
            if (/^Saved: /.test(text)) w.savedToasts?.push(text);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** A "Saved: …" summary with exactly this text appeared (now or earlier on this page). */
export async function expectSavedToast(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate(() => (window as ToastWindow).savedToasts ?? []))
    .toContain(text);
}

export async function openAgent(page: Page, id: string) {
  await recordSavedToasts(page);
  await page.goto(`/agents/${id}`);
  await expect(nameInput(page)).toBeVisible({ timeout: 60_000 });
}

/** The form shows exactly these values: nothing the user typed was lost or reverted. */
export async function expectValues(page: Page, values: Partial<Record<string, string>>) {
  const inputs: Record<string, (p: Page) => Locator> = {
    name: nameInput,
    first_message: firstMessageInput,
    handoff_phone_number: handoffInput,
  };
  for (const [key, value] of Object.entries(values)) {
    const input = inputs[key];
    if (!input || value === undefined) throw new Error(`No input for ${key}`);
    await expect(input(page)).toHaveValue(value);
  }
}

/** The draft the editor keeps in localStorage for an agent, or null. */
export async function storedDraft(page: Page, id: string): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), `opencx-console:draft:${id}`);
}

/**
 * Changes an agent the way OpenCX's own dashboard would: in the fake's store, never through the
 * console's gateway, so the console learns of it only from its next read of the list.
 */
export async function changeInDashboard(
  request: APIRequestContext,
  id: string,
  body: Record<string, unknown>,
) {
  const response = await request.patch(`/api/__fake/agents/${id}`, {
    data: body,
    headers: FRESH_CONNECTION,
  });
  expect(response.ok(), await response.text()).toBe(true);
}
