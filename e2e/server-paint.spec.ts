import { expect } from '@playwright/test';
import { FRONT_DESK_ID, receivedPatches, resetFake } from './support/fake-opencx';
import { watchPage } from './support/watch-page';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const EDITOR = `/agents/${FRONT_DESK_ID}`;
// The app's entry module: held back, the page stays as the server sent it.
const ENTRY = /\/assets\/index-[^/]*\.js$/;

test("the editor's first response already shows the agent's settings", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EDITOR);
  // Inert until the app takes over, so out of the accessibility tree: found by markup here.
  await expect(page.locator('h1')).toHaveText('Front Desk — Acme Dental');
  const form = page.locator('form');
  await expect(form.locator('input[name="name"]')).toHaveValue('Front Desk — Acme Dental');
  await expect(form.locator('textarea[name="first_message"]')).toHaveValue(
    'Thanks for calling Acme Dental, this is Aria. How can I help you today?',
  );
  await expect(form.locator('input[name="handoff_phone_number"]')).toHaveValue('+14155550123');
  // The header as the app will show it, so nothing pops in when the app takes over.
  await expect(page.locator('header')).toContainText('Demo data');
  await context.close();
});

test('the page takes no input until the app takes over, then edits and saves as usual', async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(EDITOR, { waitUntil: 'commit' });
  const painted = page.locator('.server-paint');
  await expect(painted.locator('input[name="name"]')).toHaveValue('Front Desk — Acme Dental');
  // Inert: nothing typed or clicked now could be lost when the app replaces this markup.
  await expect(painted).toHaveAttribute('inert', '');

  release();
  await expect(painted).toHaveCount(0);
  await page.getByLabel('Name').fill('Front Desk — Acme Dental (main)');
  await expect(page.getByText('1 unsaved change')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: Name')).toBeVisible();
  expect(await receivedPatches(request)).toEqual([
    { path: `/phone/${FRONT_DESK_ID}`, body: { name: 'Front Desk — Acme Dental (main)' } },
  ]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('the page the server sends is in the chosen colour scheme before the app runs', async ({
  browser,
}) => {
  for (const [system, chosen, expected] of [
    ['dark', null, 'dark'],
    ['light', null, 'light'],
    ['dark', 'light', 'light'],
    ['light', 'dark', 'dark'],
  ] as const) {
    const context = await browser.newContext({ colorScheme: system });
    if (chosen) {
      await context.addInitScript((scheme) => {
        localStorage.setItem('opencx-console:color-scheme', scheme);
      }, chosen);
    }
    const page = await context.newPage();
    await page.route(ENTRY, () => new Promise(() => undefined));
    await page.goto(EDITOR, { waitUntil: 'commit' });
    await expect(page.locator('.server-paint input[name="name"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', expected);
    await context.close();
  }
});
