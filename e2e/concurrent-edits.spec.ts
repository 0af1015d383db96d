import { type Browser, type Page } from '@playwright/test';
import {
  FRONT_DESK_ID,
  expectValues,
  firstMessageInput,
  nameInput,
  openAgent,
  receivedPatches,
  resetFake,
  saveButton,
  storedAgent,
  SLOW_TEST_TIMEOUT_MS,
  expect,
  expectSavedToast,
} from './support/fake-opencx.ts';
import { test } from './support/test';

test.describe.configure({ timeout: SLOW_TEST_TIMEOUT_MS });

// Two people (two browser contexts, so two caches and two localStorages) edit the same agent.

const SAVED_NAME = 'Front Desk — Acme Dental';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

async function twoEditors(browser: Browser, baseURL: string | undefined) {
  const alice = await browser.newContext({ baseURL });
  const bob = await browser.newContext({ baseURL });
  const a = await alice.newPage();
  const b = await bob.newPage();
  await openAgent(a, FRONT_DESK_ID);
  await openAgent(b, FRONT_DESK_ID);
  return {
    a,
    b,
    close: async () => {
      await alice.close();
      await bob.close();
    },
  };
}

const conflictDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Someone else changed the same fields' });

test('changes to different fields both survive, and each PATCH carries only its own field', async ({
  browser,
  baseURL,
  request,
}) => {
  const { a, b, close } = await twoEditors(browser, baseURL);
  await nameInput(a).fill('Front Desk — renamed by Alice');
  await firstMessageInput(b).fill('Hello from Bob’s greeting.');

  await saveButton(a).click();
  await expectSavedToast(a, 'Saved: Name');
  await saveButton(b).click();
  await expectSavedToast(b, 'Saved: First message');
  await expect(conflictDialog(b)).toHaveCount(0);

  // Bob's form took Alice's name into its base instead of sending the old one back.
  await expectValues(b, {
    name: 'Front Desk — renamed by Alice',
    first_message: 'Hello from Bob’s greeting.',
  });
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([
    { name: 'Front Desk — renamed by Alice' },
    { first_message: 'Hello from Bob’s greeting.' },
  ]);
  expect(await storedAgent(request, FRONT_DESK_ID)).toMatchObject({
    name: 'Front Desk — renamed by Alice',
    first_message: 'Hello from Bob’s greeting.',
  });
  await close();
});

// "Take theirs" is chosen in the editor's component test (agent-editor-page.test.tsx).
test('the same field changed by both asks, and "Keep mine" wins', async ({
  browser,
  baseURL,
  request,
}) => {
  const { a, b, close } = await twoEditors(browser, baseURL);
  await nameInput(a).fill('Alice’s name');
  await nameInput(b).fill('Bob’s name');
  await firstMessageInput(b).fill('Bob’s greeting.');

  await saveButton(a).click();
  await expectSavedToast(a, 'Saved: Name');
  await saveButton(b).click();

  const dialog = conflictDialog(b);
  await expect(dialog).toBeVisible();
  const versions = dialog.getByRole('table', { name: 'Name: the versions' });
  await expect(versions.getByRole('row', { name: /Before/ })).toContainText(SAVED_NAME);
  await expect(versions.getByRole('row', { name: /Theirs/ })).toContainText('Alice’s name');
  await expect(versions.getByRole('row', { name: /Yours/ })).toContainText('Bob’s name');
  // Only the field both changed is in question.
  await expect(dialog.getByRole('table')).toHaveCount(1);
  await dialog.getByRole('radio', { name: 'Keep mine' }).check();
  await dialog.getByRole('button', { name: 'Save with these choices' }).click();

  await expectSavedToast(b, 'Saved: Name, First message');
  await expectValues(b, { name: 'Bob’s name', first_message: 'Bob’s greeting.' });
  expect(await storedAgent(request, FRONT_DESK_ID)).toMatchObject({
    name: 'Bob’s name',
    first_message: 'Bob’s greeting.',
  });
  expect((await receivedPatches(request))[1]?.body).toEqual({
    name: 'Bob’s name',
    first_message: 'Bob’s greeting.',
  });
  await close();
});

test('cancelling the conflict dialog sends nothing and keeps the edits', async ({
  browser,
  baseURL,
  request,
}) => {
  const { a, b, close } = await twoEditors(browser, baseURL);
  await nameInput(a).fill('Alice’s name');
  await nameInput(b).fill('Bob’s name');
  await saveButton(a).click();
  await expectSavedToast(a, 'Saved: Name');

  await saveButton(b).click();
  await conflictDialog(b).getByRole('button', { name: 'Cancel' }).click();
  await expect(conflictDialog(b)).toBeHidden();
  await expect(nameInput(b)).toHaveValue('Bob’s name');
  expect(await receivedPatches(request)).toHaveLength(1);
  await close();
});

test('a background refetch takes a colleague’s change into untouched fields and says so', async ({
  browser,
  baseURL,
  request,
}) => {
  const alice = await browser.newContext({ baseURL });
  const a = await alice.newPage();
  // A controllable clock lets the cached list go stale without waiting 30 s.
  await a.clock.install();
  await openAgent(a, FRONT_DESK_ID);
  await firstMessageInput(a).fill('Alice is typing a greeting.');

  const bob = await browser.newContext({ baseURL });
  const b = await bob.newPage();
  await openAgent(b, FRONT_DESK_ID);
  await nameInput(b).fill('Renamed by Bob');
  await saveButton(b).click();
  await expectSavedToast(b, 'Saved: Name');

  await a.clock.fastForward(31_000);
  // The tab coming back into view: react-query refetches stale queries on this.
  await a.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));

  const banner = a.getByRole('status').filter({ hasText: 'This agent was changed elsewhere' });
  await expect(banner).toContainText('Name');
  await expectValues(a, { name: 'Renamed by Bob', first_message: 'Alice is typing a greeting.' });

  await saveButton(a).click();
  await expectSavedToast(a, 'Saved: First message');
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([
    { name: 'Renamed by Bob' },
    { first_message: 'Alice is typing a greeting.' },
  ]);
  expect(await storedAgent(request, FRONT_DESK_ID)).toMatchObject({
    name: 'Renamed by Bob',
    first_message: 'Alice is typing a greeting.',
  });
  await alice.close();
  await bob.close();
});
