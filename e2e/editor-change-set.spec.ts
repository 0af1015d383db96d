import type { Page } from '@playwright/test';
import {
  agentIdByName,
  expect,
  FRONT_DESK_ID,
  firstMessageInput,
  handoffInput,
  injectFault,
  nameInput,
  openAgent,
  receivedPatches,
  resetFake,
  saveButton,
  SLOW_TEST_TIMEOUT_MS,
  storedAgent,
} from './support/fake-opencx';
import { test } from './support/test';
import { axeViolations } from './support/axe';

test.describe.configure({ timeout: SLOW_TEST_TIMEOUT_MS });

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const SAVED_NAME = 'Front Desk — Acme Dental';
const SAVED_HANDOFF = '+14155550123';

const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the save bar is in view at the top of the form at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openAgent(page, FRONT_DESK_ID);
    await nameInput(page).fill(`${SAVED_NAME} (main)`);
    await scrollToTop(page);

    await expect(nameInput(page)).toBeInViewport();
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeInViewport();
    await expect(saveButton(page)).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Discard changes' })).toBeInViewport();
  });

  test(`the save bar stays in view below the form, and leaves room for the page's end, at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openAgent(page, FRONT_DESK_ID);
    await nameInput(page).fill(`${SAVED_NAME} (main)`);
    const history = page.getByRole('region', { name: 'History' });
    // The History section arrives after the form; its final height is known once it has loaded.
    await expect(history.getByText('No changes recorded for this agent yet.')).toBeVisible();
    await history.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

    await expect(nameInput(page)).not.toBeInViewport();
    await expect(saveButton(page)).toBeInViewport();
    const bar = await saveButton(page).evaluate((button) => {
      const box = button.closest('.save-bar')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    });
    expect(bar.bottom).toBeCloseTo(viewport.height, 0);
    // The page's last content ends above the bar, not under it.
    const historyBottom = (await history.boundingBox())!;
    expect(historyBottom.y + historyBottom.height).toBeLessThanOrEqual(bar.top + 1);

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByText('No unsaved changes', { exact: true })).toBeAttached();
    await expect(saveButton(page)).toBeDisabled();
  });
}

test('a failed save shows its reason where the user is looking, with Retry', async ({
  page,
  request,
}) => {
  await injectFault(request, {
    method: 'PATCH',
    path: `/phone/${FRONT_DESK_ID}`,
    kind: 'status',
    status: 500,
    body: '{"statusCode":500,"message":"Internal server error","error":"Internal Server Error"}',
    contentType: 'application/json',
    times: 1,
  });
  await openAgent(page, FRONT_DESK_ID);
  await nameInput(page).fill(`${SAVED_NAME} (main)`);
  await scrollToTop(page);
  await saveButton(page).click();

  const failed = page.getByRole('alert').filter({ hasText: 'The changes were not saved' });
  await expect(failed).toContainText('OpenCX had a problem (500 Internal Server Error)');
  await expect(failed).toBeInViewport();
  await failed.getByRole('button', { name: 'Retry save' }).click();
  await expect(page.getByText('Saved: Name', { exact: true })).toBeInViewport();
});

test('Save with an empty Name scrolls to Name and focuses it', async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openAgent(page, FRONT_DESK_ID);
  await nameInput(page).fill('');
  // Down to the last field, where the save bar is the one stuck to the bottom of the screen.
  await page.getByRole('combobox', { name: 'Training scenarios' }).scrollIntoViewIfNeeded();
  await expect(nameInput(page)).not.toBeInViewport();
  await expect(saveButton(page)).toBeInViewport();

  await saveButton(page).click();

  await expect(nameInput(page)).toBeFocused();
  await expect(nameInput(page)).toBeInViewport();
  await expect(page.getByText('Enter a name for the agent')).toBeVisible();
  expect(await receivedPatches(request)).toEqual([]);
});

test('a changed field is marked, and its Reset restores the saved value', async ({ page }) => {
  await openAgent(page, FRONT_DESK_ID);
  const saved = await firstMessageInput(page).inputValue();
  await expect(page.getByText('Changed', { exact: true })).toHaveCount(0);

  await firstMessageInput(page).fill('Hello from the new greeting.');
  await expect(page.getByText('Changed', { exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Reset First message' }).click();

  await expect(firstMessageInput(page)).toHaveValue(saved);
  await expect(page.getByText('Changed', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset First message' })).toHaveCount(0);
  await expect(saveButton(page)).toBeDisabled();
});

test('Undo puts back the previous values and sends exactly the fields the save changed', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await handoffInput(page).fill('+1 415 555 0199');
  await saveButton(page).click();
  await expect(page.getByText('Saved: Handoff phone number', { exact: true })).toBeVisible();
  await expect(handoffInput(page)).toHaveValue('+14155550199');

  await page.getByRole('button', { name: 'Undo' }).click();

  await expect(handoffInput(page)).toHaveValue(SAVED_HANDOFF);
  await expect
    .poll(async () => (await receivedPatches(request)).map((p) => p.body))
    .toEqual([{ handoff_phone_number: '+14155550199' }, { handoff_phone_number: SAVED_HANDOFF }]);
  expect((await storedAgent(request, FRONT_DESK_ID))?.handoff_phone_number).toBe(SAVED_HANDOFF);
  await expect(saveButton(page)).toBeDisabled();
});

test('Review changes lists each change, saved beside new, in names rather than IDs', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await handoffInput(page).fill('+1 415 555 0199');
  await page.getByRole('radio', { name: 'No actions' }).click();
  await page.getByRole('button', { name: 'Review changes' }).click();

  const review = page.getByRole('dialog', { name: 'Review changes' });
  const rows = review.getByRole('row');
  await expect(rows).toHaveCount(3);
  const handoff = review.getByRole('row', { name: /Handoff phone number/ });
  await expect(handoff.getByRole('cell').nth(0)).toHaveText('+1 415 555 0123');
  await expect(handoff.getByRole('cell').nth(1)).toHaveText('+1 415 555 0199');
  const actions = review.getByRole('row', { name: /Actions/ });
  await expect(actions.getByRole('cell').nth(0)).toContainText('Book appointment');
  await expect(actions.getByRole('cell').nth(0)).not.toContainText('act_');
  await expect(actions.getByRole('cell').nth(1)).toHaveText('No actions');
  expect(await axeViolations(page)).toEqual([]);

  await review.getByRole('button', { name: 'Reset Actions' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('radio', { name: 'Selected actions' })).toBeChecked();

  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByText('Saved: Handoff phone number', { exact: true })).toBeVisible();
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([
    { handoff_phone_number: '+14155550199' },
  ]);
});

test('changing the language of a three-language agent needs a tick before it is sent', async ({
  page,
  request,
}) => {
  const id = await agentIdByName(request, 'EU Multilingual Helpdesk');
  await openAgent(page, id);
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Spanish (es)' }).click();
  await saveButton(page).click();

  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toBeVisible();
  const save = review.getByRole('button', { name: 'Save changes' });
  await expect(save).toBeDisabled();
  expect(await receivedPatches(request)).toEqual([]);

  await review.getByRole('checkbox', { name: 'Replace all 3 languages with Spanish' }).check();
  await save.click();

  await expect(page.getByText('Saved: Language', { exact: true })).toBeVisible();
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([{ language: 'es' }]);
  expect((await storedAgent(request, id))?.language).toEqual(['es']);
});
