import { expect, type Page } from '@playwright/test';
import { FRONT_DESK_ID, resetFake } from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const scheme = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
const bodyBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// What axe finds in each scheme, page by page: looks-everywhere.spec.ts.
/** How far, in px, the control's highlight is from the option labelled `label`. */
const highlightOffset = (page: Page, label: string) =>
  page.evaluate((text) => {
    const root = document.querySelector('[aria-label="Colour scheme"]')!;
    const indicator = root.querySelector('.mantine-SegmentedControl-indicator')!;
    const option = [...root.querySelectorAll('label')].find((l) => l.textContent === text)!;
    const [a, b] = [indicator.getBoundingClientRect(), option.getBoundingClientRect()];
    return Math.max(
      Math.abs(a.left - b.left),
      Math.abs(a.top - b.top),
      Math.abs(a.width - b.width),
    );
  }, label);

test('follows a dark system, on the list and in the editor', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/agents');
  await expect(page.getByRole('link', { name: 'Front Desk — Acme Dental' })).toBeVisible();
  expect(await scheme(page)).toBe('dark');

  await page.goto(`/agents/${FRONT_DESK_ID}`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
  expect(await scheme(page)).toBe('dark');
});

test('Light, Dark and System in the header switch the scheme, and the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/agents');
  const control = page.getByRole('radiogroup', { name: 'Colour scheme' });
  await expect(control.getByRole('radio', { name: 'System' })).toBeChecked();
  expect(await scheme(page)).toBe('light');
  const light = await bodyBackground(page);

  await control.getByText('Dark', { exact: true }).click();
  await expect.poll(() => scheme(page)).toBe('dark');
  expect(await bodyBackground(page)).not.toBe(light);
  // The highlight sits exactly on the chosen option once it has moved there.
  await expect.poll(() => highlightOffset(page, 'Dark')).toBeLessThan(1);

  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Colour scheme' })).toBeVisible();
  expect(await scheme(page)).toBe('dark');
  await expect(control.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await control.getByText('System', { exact: true }).click();
  await expect.poll(() => scheme(page)).toBe('light');
});
