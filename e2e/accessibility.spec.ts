import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { FRONT_DESK_ID, resetFake } from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

test('the agent list has no axe violations', async ({ page }) => {
  await page.goto('/agents');
  await expect(page.getByRole('link', { name: 'Front Desk — Acme Dental' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('the editor has no axe violations, also with a field error and a notification', async ({
  page,
}) => {
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Voice' })).toHaveValue(/Aria/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel('Handoff phone number').fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('Handoff phone number')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Handoff phone number').fill('+14155550111');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: Handoff phone number')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
