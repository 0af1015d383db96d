import { expect } from '@playwright/test';
import { FRONT_DESK_ID, resetFake } from './support/fake-opencx';
import { test } from './support/test';
import { axeViolations } from './support/axe';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

test('History and Activity, with how each change was made, have no axe violations, light or dark', async ({
  page,
}) => {
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await name.fill('Billing line');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const history = page.getByRole('region', { name: 'History' });
  const newest = history.getByRole('listitem').first();
  await expect(newest).toContainText('Editor');
  await newest.getByRole('button', { name: 'Revert this change' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(history.getByRole('listitem').first()).toContainText('Reverted');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Activity', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Changes, newest first' })).toContainText(
    'Reverted',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page
    .getByRole('radiogroup', { name: 'Colour scheme' })
    .getByText('Dark', { exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
});
