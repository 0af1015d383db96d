import { expect, type Page } from '@playwright/test';
import { ALL_ACTIONS_AGENT_ID, FRONT_DESK_ID, resetFake } from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  // The machine running these may be busy: a first page load can take many seconds.
  test.slow();
  await resetFake(request);
});

const LOAD_TIMEOUT = 60_000;

const paletteInput = (page: Page) =>
  page.getByRole('textbox', { name: 'Find an agent by name, ID or phone number' });

test('mod+K from the editor, a pasted agent ID and Enter open that agent', async ({ page }) => {
  const paletteModules: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('agent-palette')) paletteModules.push(r.url());
  });
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible({
    timeout: LOAD_TIMEOUT,
  });
  // The palette's code is not part of the page until someone asks for it.
  expect(paletteModules).toEqual([]);

  await page.keyboard.press('ControlOrMeta+k');
  await expect(paletteInput(page)).toBeFocused({ timeout: LOAD_TIMEOUT });
  expect(paletteModules.length).toBeGreaterThan(0);

  await page.evaluate((id) => navigator.clipboard.writeText(id), ALL_ACTIONS_AGENT_ID);
  await page.keyboard.press('ControlOrMeta+v');
  await expect(paletteInput(page)).toHaveValue(ALL_ACTIONS_AGENT_ID);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/agents/${ALL_ACTIONS_AGENT_ID}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Unnamed agent' })).toBeVisible();
  await expect(paletteInput(page)).toBeHidden();
});

test('the palette finds agents by name and by phone number, and opens the one clicked', async ({
  page,
}) => {
  await page.goto('/agents');
  await page.getByRole('button', { name: 'Find agent' }).click();
  await expect(paletteInput(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  await paletteInput(page).fill('(212) 555-0147');
  await expect(page.getByRole('button', { name: /^Unnamed agent/ })).toBeVisible();

  await paletteInput(page).fill('clinica sonrisa');
  await page.getByRole('button', { name: /^Recepción — Clínica Sonrisa/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Recepción — Clínica Sonrisa' }),
  ).toBeVisible();
});
