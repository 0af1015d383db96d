import { expect, type Page } from '@playwright/test';
import {
  ACTIONS_LIST_AGENT_ID,
  ALL_ACTIONS_AGENT_ID,
  FRONT_DESK_ID,
  receivedPatches,
  resetFake,
  storedAgent,
} from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

async function openAgent(page: Page, id: string) {
  await page.goto(`/agents/${id}`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
}

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save changes' });
const updatedTime = (page: Page) => page.getByRole('row', { name: /Updated/ }).locator('time');

test('changing name and first message sends one PATCH with exactly those fields', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await expect(saveButton(page)).toBeDisabled();
  const updatedBefore = await updatedTime(page).getAttribute('datetime');

  await page
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill('Front Desk — Acme Dental (after hours)');
  await page.getByLabel('First message').fill('Thanks for calling Acme Dental after hours.');
  await saveButton(page).click();

  await expect(page.getByText('Saved: Name, First message')).toBeVisible();
  await expect(saveButton(page)).toBeDisabled();
  await expect(updatedTime(page)).not.toHaveAttribute('datetime', updatedBefore ?? '');

  const patches = await receivedPatches(request);
  expect(patches).toHaveLength(1);
  expect(patches[0]?.path).toBe(`/phone/${FRONT_DESK_ID}`);
  expect(patches[0]?.body).toEqual({
    name: 'Front Desk — Acme Dental (after hours)',
    first_message: 'Thanks for calling Acme Dental after hours.',
  });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Front Desk — Acme Dental (after hours)',
  );
  await expect(page.getByLabel('First message')).toHaveValue(
    'Thanks for calling Acme Dental after hours.',
  );
});

test('a cleared first message is sent as null, the server default', async ({ page, request }) => {
  await openAgent(page, FRONT_DESK_ID);
  await page.getByLabel('First message').fill('');
  await page.keyboard.press('ControlOrMeta+s');

  await expect(page.getByText('Saved: First message')).toBeVisible();
  const patches = await receivedPatches(request);
  expect(patches.map((p) => p.body)).toEqual([{ first_message: null }]);
  expect((await storedAgent(request, FRONT_DESK_ID))?.first_message).toBeNull();
});

test('an invalid handoff number shows the expected form and sends nothing', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const handoff = page.getByLabel('Handoff phone number');
  await handoff.fill('555 12');
  await saveButton(page).click();

  await expect(page.getByText(/e\.g\. \+14155550123/).first()).toBeVisible();
  await expect(handoff).toHaveAttribute('aria-invalid', 'true');
  await expect(handoff).toHaveValue('555 12');
  expect(await receivedPatches(request)).toEqual([]);
});

test('a handoff number in any international format is saved in E.164', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  await page.getByLabel('Handoff phone number').fill('+44 20 7946 0958');
  await saveButton(page).click();

  await expect(page.getByText('Saved: Handoff phone number')).toBeVisible();
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([
    { handoff_phone_number: '+442079460958' },
  ]);
  await expect(page.getByLabel('Handoff phone number')).toHaveValue('+442079460958');
});

test('"No actions" sends an empty list and "All actions" sends null', async ({ page, request }) => {
  await openAgent(page, ACTIONS_LIST_AGENT_ID);
  await page.getByRole('radio', { name: 'No actions' }).check();
  await saveButton(page).click();
  await expect(page.getByText('Saved: Actions')).toBeVisible();

  await openAgent(page, ALL_ACTIONS_AGENT_ID);
  await expect(page.getByRole('radio', { name: 'All actions' })).toBeChecked();
  await page.getByRole('radio', { name: 'No actions' }).check();
  await page.getByRole('radio', { name: 'All actions' }).check();
  await expect(saveButton(page)).toBeDisabled();

  await openAgent(page, ACTIONS_LIST_AGENT_ID);
  await expect(page.getByRole('radio', { name: 'No actions' })).toBeChecked();
  await page.getByRole('radio', { name: 'All actions' }).check();
  await saveButton(page).click();
  await expect(page.getByText('Saved: Actions')).toBeVisible();

  const patches = await receivedPatches(request);
  expect(patches.map((p) => p.body)).toEqual([{ actionIds: [] }, { actionIds: null }]);
  expect((await storedAgent(request, ACTIONS_LIST_AGENT_ID))?.actionIds).toBeNull();
});

test('discarding returns every field to the saved agent', async ({ page, request }) => {
  await openAgent(page, FRONT_DESK_ID);
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('Temporary name');
  await page.getByRole('radio', { name: 'Outbound' }).check();
  await page.getByRole('button', { name: 'Discard changes' }).click();

  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await expect(page.getByRole('radio', { name: 'Inbound' })).toBeChecked();
  await expect(saveButton(page)).toBeDisabled();
  expect(await receivedPatches(request)).toEqual([]);
});
