import { type APIRequestContext, type Page } from '@playwright/test';
import {
  FRONT_DESK_ID,
  SLOW_TEST_TIMEOUT_MS,
  clearFaults,
  expect,
  expectSavedToast,
  expectValues,
  firstMessageInput,
  injectFault,
  nameInput,
  openAgent,
  receivedPatches,
  resetFake,
  retrySaveButton,
  saveButton,
  saveFailedAlert,
  storedAgent,
  unsavedMarker,
  type FaultSpec,
} from './support/fake-opencx.ts';
import { shortenRequestTimeout, test } from './support/test';

// One of each failure a person sees in the browser: the save, the list, the editor's agent and
// the lookups. Each says what happened, leaves the typed values exactly as they were, and a retry
// puts exactly those values on the server. Every other kind of failure, and each status's
// message, is tested once below the browser: src/features/agents/editor/save-failures.test.tsx,
// src/api/api-error.test.ts, src/api/http-client.test.ts.

test.describe.configure({ timeout: SLOW_TEST_TIMEOUT_MS });

/** A fault before it is aimed at a request. */
type Fault = Omit<FaultSpec, 'path' | 'method'>;
type Edits = Record<'name' | 'first_message', string>;

const SAVED_NAME = 'Front Desk — Acme Dental';
const PATCH_PATH = `/phone/${FRONT_DESK_ID}`;
const envelope = (statusCode: number, message: string | string[], error: string) =>
  JSON.stringify({ statusCode, message, error });

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

/** Fresh values for each step, so each retry provably stores that step's edits. */
const editsFor = (step: string): Edits => ({
  name: `Front Desk — ${step}`.slice(0, 60),
  first_message: `Thanks for calling (${step}).`,
});

async function typeEdits(page: Page, edits: Edits) {
  await nameInput(page).fill(edits.name);
  await firstMessageInput(page).fill(edits.first_message);
}

/** The form holds the typed values, still unsaved, and the server still has the old ones. */
async function expectKeptNotSaved(page: Page, request: APIRequestContext, edits: Edits) {
  await expectValues(page, edits);
  await expect(unsavedMarker(page)).toBeVisible();
  const stored = await storedAgent(request, FRONT_DESK_ID);
  expect(stored?.name).not.toBe(edits.name);
  expect(stored?.first_message).not.toBe(edits.first_message);
}

async function expectSavedOnServer(page: Page, request: APIRequestContext, edits: Edits) {
  await expect(unsavedMarker(page)).toBeHidden();
  await expectSavedToast(page, 'Saved: Name, First message');
  await expectValues(page, edits);
  const stored = await storedAgent(request, FRONT_DESK_ID);
  expect(stored?.name).toBe(edits.name);
  expect(stored?.first_message).toBe(edits.first_message);
}

/** Every PATCH that reached OpenCX carried exactly the two edited fields of its step. */
async function expectOnlyEditedFieldsSent(request: APIRequestContext) {
  for (const patch of await receivedPatches(request)) {
    expect(patch.path).toBe(PATCH_PATH);
    expect(Object.keys(patch.body).sort()).toEqual(['first_message', 'name']);
  }
}

const UNAUTHORIZED: Fault = {
  kind: 'status',
  status: 401,
  body: envelope(401, 'Unauthorized', 'Unauthorized'),
};

const LOOKUPS = [
  { what: 'the voice library', path: '/phone/voices' },
  { what: 'the actions', path: '/actions' },
  { what: 'the training scenarios', path: '/training' },
];

test('a save OpenCX fails with a 500: says so, keeps the edits, and Retry saves', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const edits = editsFor('500');
  await typeEdits(page, edits);
  await injectFault(request, {
    method: 'PATCH',
    path: PATCH_PATH,
    kind: 'status',
    status: 500,
    body: envelope(500, 'Internal server error', 'Internal Server Error'),
  });
  await saveButton(page).click();

  const alert = saveFailedAlert(page);
  await expect(alert).toContainText(/OpenCX had a problem \(500 Internal Server Error\)/);
  await expectKeptNotSaved(page, request, edits);
  await retrySaveButton(page).click();
  await expectSavedOnServer(page, request, edits);
  await expect(alert).toBeHidden();
  await expectOnlyEditedFieldsSent(request);
});

test('a 429 with Retry-After: says OpenCX is busy, waits that long, retries by itself', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const edits = editsFor('429 Retry-After');
  await typeEdits(page, edits);
  await injectFault(request, {
    method: 'PATCH',
    path: PATCH_PATH,
    kind: 'status',
    status: 429,
    headers: { 'Retry-After': '2' },
    body: envelope(429, 'ThrottlerException: Too Many Requests', 'Too Many Requests'),
  });
  await saveButton(page).click();
  const busy = page.getByRole('status').filter({ hasText: 'OpenCX is busy' });
  await expect(busy).toContainText('Wait 2 s and try again.');
  await expect(busy).toContainText(/Retrying in [12] s/);
  await expectValues(page, edits);
  // Nobody clicks: the countdown retries on its own.
  await expectSavedOnServer(page, request, edits);
  await expect(busy).toBeHidden();
  await expectOnlyEditedFieldsSent(request);
});

test('a PATCH that never answers is aborted at the request timeout; Retry saves', async ({
  context,
  page,
  request,
}) => {
  // 15 s in normal use (src/api/http-client.test.ts); the same path, shorter.
  await shortenRequestTimeout(context, 4000);
  await openAgent(page, FRONT_DESK_ID);
  const edits = editsFor('hang');
  await typeEdits(page, edits);
  await injectFault(request, { method: 'PATCH', path: PATCH_PATH, kind: 'hang' });
  await saveButton(page).click();
  await expect(saveFailedAlert(page)).toContainText('OpenCX did not answer within 4 s');
  await expectKeptNotSaved(page, request, edits);
  await retrySaveButton(page).click();
  await expectSavedOnServer(page, request, edits);
  await expectOnlyEditedFieldsSent(request);
});

test('offline: the save waits, says so, and is sent once when the network returns', async ({
  page,
  context,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const edits = editsFor('offline');
  await typeEdits(page, edits);
  await context.setOffline(true);
  await saveButton(page).click();

  const waiting = page.getByRole('status').filter({ hasText: 'Waiting for the network' });
  await expect(waiting).toBeVisible();
  await expectKeptNotSaved(page, request, edits);
  await expect(saveFailedAlert(page)).toHaveCount(0);

  await context.setOffline(false);
  await expectSavedOnServer(page, request, edits);
  await expect(waiting).toBeHidden();
  expect(await receivedPatches(request)).toHaveLength(1);
});

test('the agents list fails to load with a 500: says so, and Retry loads it', async ({
  page,
  request,
}) => {
  // Plenty, whatever the page's retry policy; they are cleared before Retry.
  await injectFault(request, {
    kind: 'status',
    status: 500,
    times: 20,
    method: 'GET',
    path: '/phone',
  });
  await page.goto('/agents');
  const alert = page
    .getByRole('alert')
    .filter({ hasText: /OpenCX had a problem \(500 Internal Server Error\)/ });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await clearFaults(request);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(SAVED_NAME).first()).toBeVisible({ timeout: 60_000 });
  await expect(alert).toBeHidden();
});

test("the editor's agent fails to load with a 401: says so, Retry, and the form works", async ({
  page,
  request,
}) => {
  await injectFault(request, { ...UNAUTHORIZED, times: 20, method: 'GET', path: '/phone' });
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the agent' });
  await expect(alert).toContainText(/API key.*OPENCX_API_KEY/, { timeout: 60_000 });
  await clearFaults(request);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(nameInput(page)).toHaveValue(SAVED_NAME, { timeout: 60_000 });
});

test('voices, actions and training fail to load with a 401: edits kept, Retry, and the save works', async ({
  page,
  request,
}) => {
  for (const lookup of LOOKUPS) {
    await injectFault(request, { ...UNAUTHORIZED, times: 20, method: 'GET', path: lookup.path });
  }
  await openAgent(page, FRONT_DESK_ID);
  const edits = editsFor('lookups');
  await typeEdits(page, edits);
  for (const lookup of LOOKUPS) {
    const alert = page.getByRole('alert').filter({ hasText: `Could not load ${lookup.what}` });
    await expect(alert).toContainText(/API key.*OPENCX_API_KEY/, { timeout: 60_000 });
  }
  await expectKeptNotSaved(page, request, edits);
  await clearFaults(request);
  for (const lookup of LOOKUPS) {
    const alert = page.getByRole('alert').filter({ hasText: `Could not load ${lookup.what}` });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden({ timeout: 60_000 });
  }
  await expectValues(page, edits);
  await saveButton(page).click();
  await expectSavedOnServer(page, request, edits);
});
