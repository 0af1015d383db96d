import { expect, type Page } from '@playwright/test';
import { FRONT_DESK_ID, receivedRequests, resetFake } from './support/fake-opencx';
import { test } from './support/test';

const LOAD_TIMEOUT = 60_000;

test.beforeEach(async ({ request }) => {
  // The machine running these may be busy: a first page load can take many seconds.
  test.slow();
  await resetFake(request);
});

const agentsTable = (page: Page) => page.getByRole('table', { name: 'Phone agents' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search agents' });
const agentLinks = (page: Page) => agentsTable(page).getByRole('row').getByRole('link');

test('a phone number written another way finds the agent', async ({ page }) => {
  await page.goto('/agents');
  await expect(agentsTable(page)).toBeVisible({ timeout: LOAD_TIMEOUT });

  for (const written of ['(415) 555-0100', '415.555.0100', '+1 415 555 0100']) {
    await searchBox(page).fill(written);
    await expect(agentLinks(page)).toHaveText(['Front Desk — Acme Dental']);
  }
});

test('a copied address restores search, filters and sort; Back and Forward step through them', async ({
  page,
  context,
}) => {
  await page.goto('/agents');
  await expect(agentsTable(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  await searchBox(page).fill('desk');
  await page.getByLabel('Type').selectOption('inbound');
  await page.getByLabel('Knowledge base').selectOption('yes');
  await page.getByLabel('Sort by').selectOption({ label: 'Name (Z to A)' });
  await expect(page).toHaveURL(/\?q=desk&type=inbound&kb=yes&sort=-name$/);
  const names = await agentLinks(page).allTextContents();
  expect(names.length).toBeGreaterThan(0);

  const pasted = await context.newPage();
  await pasted.goto(page.url());
  await expect(agentsTable(pasted)).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(searchBox(pasted)).toHaveValue('desk');
  await expect(pasted.getByLabel('Type')).toHaveValue('inbound');
  await expect(pasted.getByLabel('Knowledge base')).toHaveValue('yes');
  await expect(pasted.getByLabel('Sort by')).toHaveValue('-name');
  await expect(agentLinks(pasted)).toHaveText(names);

  await page.goBack();
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
  await expect(page.getByLabel('Knowledge base')).toHaveValue('yes');
  await page.goForward();
  await expect(page.getByLabel('Sort by')).toHaveValue('-name');
});

test('no match offers "Clear filters", which brings every agent back', async ({ page }) => {
  await page.goto('/agents?q=zzzz-no-such-agent&type=outbound');
  await expect(page.getByText('No agents match')).toBeVisible({ timeout: LOAD_TIMEOUT });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/agents$/);
  await expect(searchBox(page)).toHaveValue('');
  await expect(
    agentsTable(page).getByRole('link', { name: 'Front Desk — Acme Dental' }),
  ).toBeVisible();
});

test('opening an agent from the list, by click or by Enter, sends no second GET /phone', async ({
  page,
  request,
}) => {
  await page.goto('/agents');
  await expect(agentsTable(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  const listGets = async () =>
    (await receivedRequests(request)).filter((r) => r.method === 'GET' && r.path === '/phone');
  expect((await listGets()).length).toBeGreaterThan(0);
  await request.delete('/api/__fake/requests');

  await agentsTable(page).getByRole('link', { name: 'Front Desk — Acme Dental' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Front Desk — Acme Dental',
  );
  await page.getByRole('link', { name: /All agents/ }).click();
  const row = agentsTable(page).getByRole('row').filter({ hasText: 'Holiday Hours Line' });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday Hours Line' })).toBeVisible();

  expect(await listGets()).toEqual([]);
});

test('with 10,000 agents the first rows render, few rows are in the DOM, and search narrows', async ({
  page,
  request,
}) => {
  const seeded = await request.post('/api/__fake/seed', { data: { agents: 10_000 } });
  expect(await seeded.json()).toEqual({ agents: 10_000 });

  await page.goto('/agents');
  await expect(page.getByText('10,000 agents', { exact: true })).toBeVisible({
    timeout: LOAD_TIMEOUT,
  });
  await expect(agentsTable(page)).toHaveAttribute('aria-rowcount', '10001');
  expect(await agentsTable(page).locator('tbody tr[aria-rowindex]').count()).toBeLessThan(80);

  await searchBox(page).fill(FRONT_DESK_ID);
  await expect(page.getByText(`1 of 10,000 agents match “${FRONT_DESK_ID}”`)).toBeVisible();
  await expect(agentLinks(page)).toHaveText(['Front Desk — Acme Dental']);

  await searchBox(page).fill('Zürich');
  await expect(page.getByText(/^[\d,]+ of 10,000 agents match “Zürich”$/)).toBeVisible();
  await expect(agentLinks(page).first()).toContainText('Zürich');

  await searchBox(page).fill('');
  await expect(page.getByText('10,000 agents', { exact: true })).toBeVisible();
  await agentsTable(page).getByRole('row').nth(1).focus();
  await page.keyboard.press('End');
  await expect(agentsTable(page).locator('tr[aria-rowindex="10001"]')).toBeFocused();
});

test('Back from an agent returns a scrolled 10,000-agent list to the same rows', async ({
  page,
  request,
}) => {
  await request.post('/api/__fake/seed', { data: { agents: 10_000 } });
  await page.goto('/agents');
  await expect(page.getByText('10,000 agents', { exact: true })).toBeVisible({
    timeout: LOAD_TIMEOUT,
  });
  const scroller = page.locator('[data-scroll-restoration-id="agents-table"]');
  await scroller.evaluate((el) => el.scrollTo(0, 195_900));
  const row = agentsTable(page).locator('tr[aria-rowindex="4001"]');
  await expect(row).toBeInViewport();
  const link = row.getByRole('link');
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.goBack();
  await expect(row).toBeInViewport();
  await expect(row.getByRole('link')).toHaveText(name);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(150_000);
});

test('the exact update time shows in full over the table, even from the last row in view', async ({
  page,
}) => {
  await page.goto('/agents');
  await expect(agentsTable(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  const rows = agentsTable(page).locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();

  // The last row whose time is inside the table's scroll box: a clipped hint would hide there.
  const box = await page.locator('.agents-table-scroll').boundingBox();
  const times = await rows.locator('time').all();
  let last = times[0];
  for (const time of times) {
    const rect = await time.boundingBox();
    if (box && rect && rect.y + rect.height <= box.y + box.height) last = time;
  }
  await last!.hover();

  const hint = page.getByRole('tooltip');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('(UTC)');
  const onTop = await hint.evaluate((el) => {
    // The hint ignores the pointer; let it be hit for this probe only.
    (el as HTMLElement).style.pointerEvents = 'auto';
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.width > 0 && r.height > 0 && (hit === el || el.contains(hit));
  });
  expect(onTop).toBe(true);
});

test('at 1440 px every phone and handoff number shows in full, and names keep their room', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/agents');
  await expect(agentLinks(page).first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  const layout = await agentsTable(page).evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const column = (label: string) => headers.indexOf(label) + 1;
    const cut = (label: string) =>
      [...table.querySelectorAll(`tbody td:nth-child(${column(label)}) [title]`)]
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => el.textContent);
    const nameCell = table.querySelector(`tbody td:nth-child(${column('Name')})`)!;
    return {
      phones: cut('Phone number'),
      handoffs: cut('Handoff number'),
      nameWidth: nameCell.getBoundingClientRect().width,
      scrollsSideways: table.parentElement!.scrollWidth > table.parentElement!.clientWidth,
    };
  });
  expect(layout.phones).toEqual([]);
  expect(layout.handoffs).toEqual([]);
  expect(layout.nameWidth).toBeGreaterThanOrEqual(200);
  expect(layout.scrollsSideways).toBe(false);
});

test('an agent clicked right after typing a search opens, and Back returns to that search', async ({
  page,
}) => {
  await page.goto('/agents');
  await expect(agentLinks(page).first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  // Clicked before the typing has reached the address.
  await searchBox(page).fill('Acme Dental');
  await agentsTable(page).getByRole('link', { name: 'Front Desk — Acme Dental' }).click();
  await expect(page).toHaveURL(new RegExp(`/agents/${FRONT_DESK_ID}$`));
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/agents\?q=Acme\+Dental$/);
  await expect(searchBox(page)).toHaveValue('Acme Dental');
});
