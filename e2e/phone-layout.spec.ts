import { expect, type Page } from '@playwright/test';
import { FRONT_DESK_ID, resetFake } from './support/fake-opencx';
import { test } from './support/test';
import { axeViolations } from './support/axe';

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('on a phone the list is cards, filters fold away, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.goto('/agents?q=front%20desk%20acme');
  const cards = page.getByRole('list', { name: 'Phone agents' });
  await expect(cards.getByRole('link', { name: 'Front Desk — Acme Dental' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Phone agents' })).toHaveCount(0);
  await expect(page.getByRole('banner').getByText('Demo data', { exact: true })).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);

  const filters = page.getByText('Filters (0)');
  await expect(page.getByLabel('Type')).toBeHidden();
  await filters.click();
  await page.getByLabel('Type').selectOption('outbound');
  await expect(page.getByText('Filters (1)')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Type').selectOption('');

  await cards
    .getByRole('listitem')
    .filter({ hasText: 'Front Desk — Acme Dental' })
    .getByText('+1 415 555 0100')
    .tap();
  await expect(page).toHaveURL(new RegExp(`/agents/${FRONT_DESK_ID}$`));
  await expect(page.getByRole('combobox', { name: 'Voice' })).toHaveValue(/Aria/);
  expect(await scrollsSideways(page)).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
});
