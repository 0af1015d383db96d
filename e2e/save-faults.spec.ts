import { type APIRequestContext, type Page } from '@playwright/test';
import {
  FRONT_DESK_ID,
  clearFaults,
  deleteAgent,
  discardButton,
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
import { test } from './support/test';

// Every failure of the save, the list load and the lookups must say what happened, leave the
// typed values exactly as they were, and let a retry put exactly those values on the server.
// Page loads are slow on a loaded machine, so each test opens the editor once and walks through
// its failure kinds as steps; a failing step names the kind.

test.describe.configure({ timeout: 6 * 60_000 });

/** A fault before it is aimed at a request. */
type Fault = Omit<FaultSpec, 'path' | 'method'>;
type Edits = Record<'name' | 'first_message', string>;

const SAVED_NAME = 'Front Desk — Acme Dental';
const PATCH_PATH = `/phone/${FRONT_DESK_ID}`;
const envelope = (statusCode: number, message: string | string[], error: string) =>
  JSON.stringify({ statusCode, message, error });
const PROXY_502_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

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

interface SaveFailure {
  title: string;
  fault: Fault;
  /** What the message must say. */
  message: RegExp;
  /** A field the message belongs to (a 400 naming it). */
  fieldError?: { label: 'Name' | 'First message'; text: RegExp };
  notShown?: string;
}

const SAVE_FAILURES: SaveFailure[] = [
  {
    title: '400 with a message string naming a field',
    fault: {
      kind: 'status',
      status: 400,
      body: envelope(400, 'name must be shorter than or equal to 80 characters', 'Bad Request'),
    },
    message: /rejected the request as invalid/,
    fieldError: { label: 'Name', text: /name must be shorter than or equal to 80 characters/ },
  },
  {
    title: '400 with a message array',
    fault: {
      kind: 'status',
      status: 400,
      body: JSON.stringify({
        statusCode: 400,
        code: 'FST_ERR_VALIDATION',
        message: ['first_message must be a string', 'something else was off'],
        error: 'Bad Request',
      }),
    },
    message: /first_message must be a string; something else was off/,
    fieldError: { label: 'First message', text: /first_message must be a string/ },
  },
  {
    title: '401: the server key was rejected',
    fault: { kind: 'status', status: 401, body: envelope(401, 'Unauthorized', 'Unauthorized') },
    message: /API key.*OPENCX_API_KEY.*\.env\.local/,
  },
  {
    title: '403: the key lacks phone:write',
    fault: { kind: 'status', status: 403, body: envelope(403, 'Forbidden', 'Forbidden') },
    message: /lacks the scope this needs, phone:write/,
  },
  {
    title: '429 without Retry-After (retry now)',
    fault: {
      kind: 'status',
      status: 429,
      body: envelope(429, 'ThrottlerException: Too Many Requests', 'Too Many Requests'),
    },
    message: /Too many requests.*Wait a minute/,
  },
  {
    title: '500 with the JSON envelope',
    fault: {
      kind: 'status',
      status: 500,
      body: envelope(500, 'Internal server error', 'Internal Server Error'),
    },
    message: /OpenCX had a problem \(500 Internal Server Error\)/,
  },
  {
    title: "502 from a proxy's HTML page",
    fault: { kind: 'status', status: 502, body: PROXY_502_PAGE, contentType: 'text/html' },
    message: /502 Bad Gateway.*HTML page/,
    notShown: 'nginx',
  },
  {
    title: '503 with an empty body',
    fault: { kind: 'status', status: 503, body: '' },
    message: /OpenCX had a problem \(503 Service Unavailable\)/,
  },
  {
    title: 'a dropped connection',
    // A browser may resend a request whose reused connection dropped: fail that one too.
    fault: { kind: 'drop', times: 3 },
    message: /Could not reach the server/,
  },
  {
    title: 'a 200 whose body does not match the schema',
    fault: { kind: 'status', status: 200, body: JSON.stringify({ id: 42, name: ['x'] }) },
    message: /was not what this app expects: .*id/,
  },
  {
    title: 'a 200 with an HTML page',
    fault: { kind: 'status', status: 200, body: '<html><body>Welcome</body></html>' },
    message: /an HTML page instead of JSON/,
  },
];

const REREAD_FAILURES: { title: string; fault: Fault; message: RegExp }[] = [
  {
    title: '403 (phone:read)',
    fault: { kind: 'status', status: 403, body: envelope(403, 'Forbidden', 'Forbidden') },
    message: /lacks the scope this needs, phone:read/,
  },
  {
    title: 'a list that does not match the schema',
    // Retried by react-query like a 5xx, so it has to fail three times in a row.
    fault: { kind: 'status', status: 200, body: '[{"id": 7}]', times: 3 },
    message: /GET \/phone was not what this app expects/,
  },
];

const LOAD_FAILURES: { title: string; fault: Fault; message: RegExp }[] = [
  {
    title: '500',
    // Queries retry a 5xx twice before showing the error.
    fault: { kind: 'status', status: 500, times: 3 },
    message: /OpenCX had a problem \(500 Internal Server Error\)/,
  },
  {
    title: 'a 502 HTML page',
    fault: {
      kind: 'status',
      status: 502,
      body: PROXY_502_PAGE,
      contentType: 'text/html',
      times: 3,
    },
    message: /HTML page/,
  },
  {
    title: '401',
    fault: { kind: 'status', status: 401, body: envelope(401, 'Unauthorized', 'Unauthorized') },
    message: /API key.*OPENCX_API_KEY/,
  },
  {
    title: '403',
    fault: { kind: 'status', status: 403, body: envelope(403, 'Forbidden', 'Forbidden') },
    message: /lacks the scope this needs/,
  },
  {
    title: '429 with Retry-After',
    fault: { kind: 'status', status: 429, headers: { 'Retry-After': '1' } },
    message: /Too many requests.*Wait 1 s/,
  },
  {
    title: 'a dropped connection',
    fault: { kind: 'drop', times: 3 },
    message: /Could not reach the server/,
  },
  {
    title: 'an answer that does not match the schema',
    fault: { kind: 'status', status: 200, body: '{"unexpected": true}', times: 3 },
    message: /was not what this app expects/,
  },
];

const LOOKUPS = [
  { what: 'the voice library', path: '/phone/voices' },
  { what: 'the actions', path: '/actions' },
  { what: 'the training scenarios', path: '/training' },
];

test('every failure of the save: a clear message, the values kept, and a retry saves', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  for (const failure of SAVE_FAILURES) {
    await test.step(failure.title, async () => {
      const edits = editsFor(failure.title);
      await typeEdits(page, edits);
      await injectFault(request, { ...failure.fault, method: 'PATCH', path: PATCH_PATH });
      await saveButton(page).click();

      const isRateLimit = failure.fault.status === 429;
      const alert = isRateLimit
        ? page.getByRole('status').filter({ hasText: 'OpenCX is busy' })
        : saveFailedAlert(page);
      await expect(alert).toContainText(failure.message);
      if (failure.notShown) await expect(alert).not.toContainText(failure.notShown);
      const fieldInput =
        failure.fieldError?.label === 'Name'
          ? nameInput(page)
          : failure.fieldError
            ? firstMessageInput(page)
            : null;
      if (failure.fieldError && fieldInput) {
        await expect(fieldInput).toHaveAttribute('aria-invalid', 'true');
        await expect(page.getByText(failure.fieldError.text).first()).toBeVisible();
      }
      await expectKeptNotSaved(page, request, edits);

      // Whatever is left of the fault (a browser may resend a dropped request) goes first.
      await clearFaults(request);
      if (isRateLimit) {
        await expect(alert).toContainText('Retrying in');
        await alert.getByRole('button', { name: 'Retry now' }).click();
      } else {
        await retrySaveButton(page).click();
      }
      await expectSavedOnServer(page, request, edits);
      await expect(alert).toBeHidden();
      if (fieldInput) await expect(fieldInput).not.toHaveAttribute('aria-invalid', 'true');
    });
  }
  await expectOnlyEditedFieldsSent(request);
});

test('429 with Retry-After, a timeout, a 404, the re-read, two saves at once, a discard', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);

  await test.step('429 with Retry-After: waits that long, says so, retries by itself', async () => {
    const edits = editsFor('429 Retry-After');
    await typeEdits(page, edits);
    await injectFault(request, {
      method: 'PATCH',
      path: PATCH_PATH,
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '3' },
      body: envelope(429, 'ThrottlerException: Too Many Requests', 'Too Many Requests'),
    });
    await saveButton(page).click();
    const busy = page.getByRole('status').filter({ hasText: 'OpenCX is busy' });
    await expect(busy).toContainText('Wait 3 s and try again.');
    await expect(busy).toContainText(/Retrying in [123] s/);
    await expectValues(page, edits);
    // Nobody clicks: the countdown retries on its own.
    await expectSavedOnServer(page, request, edits);
    await expect(busy).toBeHidden();
  });

  await test.step('a PATCH that never answers is aborted after 15 s; retry saves', async () => {
    const edits = editsFor('hang');
    await typeEdits(page, edits);
    await injectFault(request, { method: 'PATCH', path: PATCH_PATH, kind: 'hang' });
    await saveButton(page).click();
    await expect(saveFailedAlert(page)).toContainText('OpenCX did not answer within 15 s', {
      timeout: 60_000,
    });
    await expectKeptNotSaved(page, request, edits);
    await retrySaveButton(page).click();
    await expectSavedOnServer(page, request, edits);
  });

  await test.step('a 404 from the PATCH offers the edits as JSON', async () => {
    const edits = editsFor('404');
    await typeEdits(page, edits);
    await injectFault(request, {
      method: 'PATCH',
      path: PATCH_PATH,
      kind: 'status',
      status: 404,
      body: envelope(404, 'Phone agent not found', 'Not Found'),
    });
    await saveButton(page).click();
    const alert = saveFailedAlert(page);
    await expect(alert).toContainText(/404 Not Found.*may have been deleted/);
    await expectKeptNotSaved(page, request, edits);
    await alert.getByRole('button', { name: 'Copy my edits as JSON' }).click();
    await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Record<
      string,
      unknown
    >;
    expect(copied).toMatchObject(edits);
    // It was not really deleted: saving again works.
    await saveButton(page).click();
    await expectSavedOnServer(page, request, edits);
  });

  for (const failure of REREAD_FAILURES) {
    await test.step(`the re-read before saving fails with ${failure.title}`, async () => {
      const edits = editsFor(`re-read ${failure.title}`);
      await typeEdits(page, edits);
      const patchesBefore = (await receivedPatches(request)).length;
      await injectFault(request, { ...failure.fault, method: 'GET', path: '/phone' });
      await saveButton(page).click();
      await expect(saveFailedAlert(page)).toContainText(failure.message, { timeout: 60_000 });
      await expectKeptNotSaved(page, request, edits);
      expect(await receivedPatches(request)).toHaveLength(patchesBefore);
      await clearFaults(request);
      await retrySaveButton(page).click();
      await expectSavedOnServer(page, request, edits);
    });
  }

  await test.step('Enter, clicks and mod+S together send exactly one PATCH', async () => {
    const edits = editsFor('one in flight');
    await typeEdits(page, edits);
    const patchesBefore = (await receivedPatches(request)).length;
    // A slow answer keeps the first save in flight while the others arrive.
    await injectFault(request, {
      method: 'PATCH',
      path: PATCH_PATH,
      kind: 'slow',
      delayMs: 2000,
    });
    await nameInput(page).press('Enter');
    await page.keyboard.press('ControlOrMeta+s');
    await saveButton(page).click({ force: true });
    await page.keyboard.press('ControlOrMeta+s');
    await nameInput(page).press('Enter');
    await expectSavedOnServer(page, request, edits);
    await page.waitForTimeout(1000);
    expect(await receivedPatches(request)).toHaveLength(patchesBefore + 1);
  });

  await test.step('discarding after a failure returns to the saved agent', async () => {
    const saved = await storedAgent(request, FRONT_DESK_ID);
    await typeEdits(page, editsFor('discarded'));
    await injectFault(request, { method: 'PATCH', path: PATCH_PATH, kind: 'status', status: 500 });
    await saveButton(page).click();
    await expect(saveFailedAlert(page)).toBeVisible();
    await discardButton(page).click();
    await expect(saveFailedAlert(page)).toBeHidden();
    await expect(nameInput(page)).toHaveValue(String(saved?.name));
    expect((await storedAgent(request, FRONT_DESK_ID))?.name).toBe(saved?.name);
  });

  await expectOnlyEditedFieldsSent(request);
});

test('the agent deleted meanwhile: says so, keeps the form, offers the edits as JSON', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const edits = editsFor('deleted');
  await typeEdits(page, edits);
  await deleteAgent(request, FRONT_DESK_ID);
  await saveButton(page).click();

  const alert = saveFailedAlert(page);
  await expect(alert).toContainText('it was deleted while you were editing');
  await expect(alert.getByRole('button', { name: 'Retry save' })).toHaveCount(0);
  await expectValues(page, edits);
  await alert.getByRole('button', { name: 'Copy my edits as JSON' }).click();
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Record<
    string,
    unknown
  >;
  expect(copied).toMatchObject(edits);
  expect(await receivedPatches(request)).toEqual([]);
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
  // Give a wrongly eager client time to try anyway.
  await page.waitForTimeout(1500);
  expect(await receivedPatches(request)).toEqual([]);

  await context.setOffline(false);
  await expectSavedOnServer(page, request, edits);
  await expect(waiting).toBeHidden();
  expect(await receivedPatches(request)).toHaveLength(1);
});

test('the agents list fails to load: each failure says what happened and Retry loads it', async ({
  page,
  request,
}) => {
  for (const failure of LOAD_FAILURES) {
    await test.step(failure.title, async () => {
      // Plenty, whatever the page's retry policy; they are cleared before Retry.
      await injectFault(request, { ...failure.fault, times: 20, method: 'GET', path: '/phone' });
      await page.goto('/agents');
      const alert = page.getByRole('alert').filter({ hasText: failure.message });
      await expect(alert).toBeVisible({ timeout: 60_000 });
      await clearFaults(request);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByText(SAVED_NAME).first()).toBeVisible({ timeout: 60_000 });
      await expect(alert).toBeHidden();
    });
  }
});

test("the editor's agent fails to load: message, Retry, and the form works", async ({
  page,
  request,
}) => {
  for (const failure of LOAD_FAILURES.slice(0, 3)) {
    await test.step(failure.title, async () => {
      // Plenty, whatever the page's retry policy; they are cleared before Retry.
      await injectFault(request, { ...failure.fault, times: 20, method: 'GET', path: '/phone' });
      await page.goto(`/agents/${FRONT_DESK_ID}`);
      const alert = page.getByRole('alert').filter({ hasText: 'Could not load the agent' });
      await expect(alert).toContainText(failure.message, { timeout: 60_000 });
      await clearFaults(request);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(nameInput(page)).toHaveValue(SAVED_NAME, { timeout: 60_000 });
    });
  }
});

test('voices, actions and training fail to load: edits kept, Retry, and the save works', async ({
  page,
  request,
}) => {
  let round = 0;
  for (const failure of [LOAD_FAILURES[0], LOAD_FAILURES[2], LOAD_FAILURES[6]]) {
    if (!failure) continue;
    round += 1;
    await test.step(failure.title, async () => {
      for (const lookup of LOOKUPS) {
        await injectFault(request, {
          ...failure.fault,
          times: 20,
          method: 'GET',
          path: lookup.path,
        });
      }
      await openAgent(page, FRONT_DESK_ID);
      const edits = editsFor(`lookups ${round}`);
      await typeEdits(page, edits);
      for (const lookup of LOOKUPS) {
        const alert = page.getByRole('alert').filter({ hasText: `Could not load ${lookup.what}` });
        await expect(alert).toContainText(failure.message, { timeout: 60_000 });
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
  }
});
