import { expect } from '@playwright/test';
import { FRONT_DESK_ID, receivedPatches, resetFake } from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

test('a save shows in History with who and before -> after; Revert brings it back as an edit to save', async ({
  page,
  request,
}) => {
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await name.fill('Billing line');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: Name')).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  const newest = history.getByRole('listitem').first();
  await expect(newest).toContainText('local saved');
  await expect(newest).toContainText('Name: Front Desk — Acme Dental → Billing line');

  await newest.getByRole('button', { name: 'Revert this change' }).click();
  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  expect(await receivedPatches(request)).toHaveLength(1);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await receivedPatches(request)).length).toBe(2);
  const patches = await receivedPatches(request);
  expect(patches).toHaveLength(2);
  expect(patches[1]?.body).toEqual({ name: 'Front Desk — Acme Dental' });
  await expect(history.getByRole('listitem').first()).toContainText(
    'Name: Billing line → Front Desk — Acme Dental',
  );
});
