import { type Dialog, type Page } from '@playwright/test';
import {
  FRONT_DESK_ID,
  discardButton,
  expectValues,
  firstMessageInput,
  nameInput,
  openAgent,
  patchAsColleague,
  receivedPatches,
  resetFake,
  saveButton,
  storedAgent,
  storedDraft,
  SLOW_TEST_TIMEOUT_MS,
  expect,
  expectSavedToast,
} from './support/fake-opencx.ts';
import { test } from './support/test';

test.describe.configure({ timeout: SLOW_TEST_TIMEOUT_MS });

const SAVED_NAME = 'Front Desk — Acme Dental';
const EDITS = {
  name: 'Front Desk — Acme Dental (weekends)',
  first_message: 'Hello, you reached Acme Dental on a weekend.',
};

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const restoredNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Restored unsaved changes from / });
const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' });
const backToList = (page: Page) => page.getByRole('link', { name: '← All agents' });

/** Types like a person (a click first gives the page the user activation a prompt needs). */
async function typeEdits(page: Page, edits: Partial<typeof EDITS> = EDITS) {
  if (edits.name !== undefined) {
    await nameInput(page).click();
    await nameInput(page).fill(edits.name);
  }
  if (edits.first_message !== undefined) {
    await firstMessageInput(page).click();
    await firstMessageInput(page).fill(edits.first_message);
  }
}

async function expectDraftWith(page: Page, text: string) {
  await expect.poll(async () => (await storedDraft(page, FRONT_DESK_ID)) ?? '').toContain(text);
}

/** Records every dialog; `beforeunload` ones are answered with `answer`. */
function watchDialogs(page: Page, answer: 'accept' | 'dismiss') {
  const seen: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    seen.push(dialog.type());
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

test('a reload mid-edit restores the draft, says so, and the save clears it', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page);
  await expectDraftWith(page, EDITS.first_message);

  const dialogs = watchDialogs(page, 'accept');
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);

  await expect(restoredNotice(page)).toBeVisible({ timeout: 30_000 });
  await expectValues(page, EDITS);
  await expect(saveButton(page)).toBeEnabled();
  expect(await receivedPatches(request)).toEqual([]);

  await saveButton(page).click();
  await expectSavedToast(page, 'Saved: Name, First message');
  await expect(restoredNotice(page)).toBeHidden();
  await expect.poll(() => storedDraft(page, FRONT_DESK_ID)).toBeNull();
  const stored = await storedAgent(request, FRONT_DESK_ID);
  expect(stored).toMatchObject(EDITS);

  // Saved: nothing to restore and nothing to ask about any more.
  await page.reload();
  await expectValues(page, EDITS);
  await expect(restoredNotice(page)).toHaveCount(0);
  expect(dialogs).toEqual(['beforeunload']);
});

test('discarding a restored draft returns to the saved agent for good', async ({ page }) => {
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page, { name: EDITS.name });
  await expectDraftWith(page, EDITS.name);
  watchDialogs(page, 'accept');
  await page.reload();

  const notice = restoredNotice(page);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await notice.getByRole('button', { name: 'Discard them' }).click();
  await expect(nameInput(page)).toHaveValue(SAVED_NAME);
  await expect(notice).toBeHidden();
  await expect(saveButton(page)).toBeDisabled();
  await expect.poll(() => storedDraft(page, FRONT_DESK_ID)).toBeNull();

  await page.reload();
  await expect(nameInput(page)).toHaveValue(SAVED_NAME);
  await expect(restoredNotice(page)).toHaveCount(0);
});

test('a draft of an older version takes what a colleague changed meanwhile', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page, { name: EDITS.name });
  await expectDraftWith(page, EDITS.name);
  await page.close();

  await patchAsColleague(request, FRONT_DESK_ID, { first_message: 'Colleague greeting.' });
  const reopened = await page.context().newPage();
  await openAgent(reopened, FRONT_DESK_ID);
  await expect(restoredNotice(reopened)).toBeVisible();
  await expectValues(reopened, { name: EDITS.name, first_message: 'Colleague greeting.' });
  await expect(
    reopened.getByRole('status').filter({ hasText: 'This agent was changed elsewhere' }),
  ).toContainText('First message');

  await saveButton(reopened).click();
  await expectSavedToast(reopened, 'Saved: Name');
  const patches = await receivedPatches(request);
  expect(patches.map((p) => p.body)).toEqual([
    { first_message: 'Colleague greeting.' },
    { name: EDITS.name },
  ]);
  expect(await storedAgent(request, FRONT_DESK_ID)).toMatchObject({
    name: EDITS.name,
    first_message: 'Colleague greeting.',
  });
});

test('a draft of an older version that a colleague also changed asks which to keep', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page, { name: EDITS.name });
  await expectDraftWith(page, EDITS.name);
  await page.close();

  await patchAsColleague(request, FRONT_DESK_ID, { name: 'Renamed by a colleague' });
  const reopened = await page.context().newPage();
  await openAgent(reopened, FRONT_DESK_ID);
  await expect(restoredNotice(reopened)).toBeVisible();
  await expect(nameInput(reopened)).toHaveValue(EDITS.name);

  await saveButton(reopened).click();
  const dialog = reopened.getByRole('dialog', { name: 'Someone else changed the same fields' });
  await expect(dialog).toBeVisible();
  const versions = dialog.getByRole('table', { name: 'Name: the versions' });
  await expect(versions.getByRole('row', { name: /Before/ })).toContainText(SAVED_NAME);
  await expect(versions.getByRole('row', { name: /Theirs/ })).toContainText(
    'Renamed by a colleague',
  );
  await expect(versions.getByRole('row', { name: /Yours/ })).toContainText(EDITS.name);
  await dialog.getByRole('radio', { name: 'Keep mine' }).check();
  await dialog.getByRole('button', { name: 'Save with these choices' }).click();

  await expectSavedToast(reopened, 'Saved: Name');
  expect((await storedAgent(request, FRONT_DESK_ID))?.name).toBe(EDITS.name);
});

test('leaving inside the app asks; "Stay" keeps the edits, "Discard and leave" drops them', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const editorUrl = page.url();
  await typeEdits(page);

  await backToList(page).click();
  await expect(leaveDialog(page)).toBeVisible();
  await leaveDialog(page).getByRole('button', { name: 'Stay on this page' }).click();
  await expect(leaveDialog(page)).toBeHidden();
  expect(page.url()).toBe(editorUrl);
  await expectValues(page, EDITS);

  await backToList(page).click();
  await leaveDialog(page).getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page).toHaveURL(/\/agents$/);
  expect(await storedDraft(page, FRONT_DESK_ID)).toBeNull();

  await openAgent(page, FRONT_DESK_ID);
  await expect(nameInput(page)).toHaveValue(SAVED_NAME);
  await expect(restoredNotice(page)).toHaveCount(0);
  expect(await receivedPatches(request)).toEqual([]);
});

test('Back, then "Discard and leave", returns to the list, and the next Back leaves the app', async ({
  page,
}) => {
  await page.goto('/agents');
  await page.getByRole('link', { name: SAVED_NAME }).click();
  await expect(nameInput(page)).toHaveValue(SAVED_NAME);
  await typeEdits(page);

  await page.goBack();
  await expect(leaveDialog(page)).toBeVisible();
  await leaveDialog(page).getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page).toHaveURL(/\/agents$/);
  await expect(page.getByRole('table', { name: 'Phone agents' })).toBeVisible();

  // The editor just discarded is ahead of the list in history, not behind it.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/agents/);
  await page.goForward();
  await expect(page).toHaveURL(/\/agents$/);
  await page.goForward();
  await expect(nameInput(page)).toHaveValue(SAVED_NAME);
});

test('closing the tab with unsaved edits triggers the browser prompt; staying keeps them', async ({
  page,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page);
  const dialogs = watchDialogs(page, 'dismiss');

  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expectValues(page, EDITS);
});

test('no prompt after a save, after a discard, or when the values are the saved ones again', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const dialogs = watchDialogs(page, 'dismiss');

  // Typed back to the saved value: nothing to lose.
  await typeEdits(page, { name: `${SAVED_NAME} x` });
  await typeEdits(page, { name: SAVED_NAME });
  await expect(saveButton(page)).toBeDisabled();
  await backToList(page).click();
  await expect(page).toHaveURL(/\/agents$/);

  // Discarded.
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page, { name: 'Never kept' });
  await discardButton(page).click();
  await backToList(page).click();
  await expect(page).toHaveURL(/\/agents$/);

  // Saved.
  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page, { first_message: EDITS.first_message });
  await saveButton(page).click();
  await expectSavedToast(page, 'Saved: First message');
  await backToList(page).click();
  await expect(page).toHaveURL(/\/agents$/);
  await expect(leaveDialog(page)).toHaveCount(0);

  await openAgent(page, FRONT_DESK_ID);
  await typeEdits(page, { name: 'Edited then saved' });
  await saveButton(page).click();
  await expectSavedToast(page, 'Saved: Name');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual([]);
  expect((await storedAgent(request, FRONT_DESK_ID))?.name).toBe('Edited then saved');
});
