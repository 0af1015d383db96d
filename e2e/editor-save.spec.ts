import { expect, type Page } from '@playwright/test';
import { FRONT_DESK_ID, receivedPatches, resetFake } from './support/fake-opencx';
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
