import { expect } from '@playwright/test';
import { FRONT_DESK_ID, resetFake } from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

test('the agent list opens the editor, and / leads to the list', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/agents$/);
  await page.getByRole('link', { name: 'Front Desk — Acme Dental' }).click();
  await expect(page).toHaveURL(new RegExp(`/agents/${FRONT_DESK_ID}$`));
  await expect(page.getByRole('heading', { name: 'Front Desk — Acme Dental' })).toBeVisible();
});

test('times show relative, with exact local time and UTC on hover', async ({ page }) => {
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  const updated = page.getByRole('row', { name: /Updated/ }).locator('time');
  await expect(updated).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(updated).toHaveText(/ago|just now/);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await updated.hover();
  const hint = page.getByRole('tooltip');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText(/\(local\) · \d{4}-\d{2}-\d{2}T[\d:.]+Z \(UTC\)/);
  // Screen readers get the same text as the time's description, without hovering.
  await expect(updated).toHaveAccessibleDescription(/\(UTC\)/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('an unknown agent ID says so and links back', async ({ page }) => {
  await page.goto('/agents/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Agent not found' })).toBeVisible();
  await expect(page.getByText('does-not-exist')).toBeVisible();
  await page.getByRole('link', { name: 'Back to all agents' }).click();
  await expect(page).toHaveURL(/\/agents$/);
});
