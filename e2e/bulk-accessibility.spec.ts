import { expect, type Page } from '@playwright/test';
import type { Job } from '../src/api/schemas/bulk';
import { resetFake } from './support/fake-opencx';
import { test } from './support/test';
import { axeViolations } from './support/axe';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const axe = (page: Page) => axeViolations(page);
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

// The job pages in every state, whatever the server's runner is doing at that moment.
const job: Job = {
  id: 'job_axe',
  kind: 'edit',
  revertOf: null,
  status: 'running',
  user: 'local',
  createdAt: new Date().toISOString(),
  finishedAt: null,
  edit: {
    handoff_phone_number: '+14155550123',
    actions: { mode: 'add', ids: ['act_store_hours'] },
  },
  counts: { total: 3, pending: 1, done: 1, skipped: 0, failed: 1 },
  secondsLeft: 90,
  steps: [
    {
      agentId: '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42',
      agentName: 'Front Desk — Acme Dental',
      status: 'done',
      reason: null,
      changes: [{ field: 'handoff_phone_number', before: '+14155550199', after: '+14155550123' }],
      at: new Date().toISOString(),
    },
    {
      agentId: 'a2',
      agentName: 'Beta Sales Line',
      status: 'failed',
      reason: '400: handoff_phone_number must be in E.164 form',
      changes: [],
      at: new Date().toISOString(),
    },
    { agentId: 'a3', agentName: 'Billing', status: 'pending', reason: null, changes: [], at: null },
  ],
};

async function mockJobs(page: Page) {
  await page.route('**/api/jobs/job_axe', (route) => route.fulfill({ json: job }));
  await page.route('**/api/jobs', (route) => route.fulfill({ json: { jobs: [job] } }));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`selection, the bulk form with an error, its preview and the job pages have no axe violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/agents?q=northwind');
    await page.getByRole('button', { name: 'Select all 2 matching' }).click();
    await expect(page.getByText('2 selected')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Bulk edit 2 agents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bulk edit 2 agents' });
    await dialog.getByRole('switch', { name: 'Change handoff phone number' }).check();
    await dialog.getByRole('textbox', { name: 'New handoff phone number' }).fill('12');
    await dialog.getByRole('button', { name: 'Preview changes' }).click();
    await expect(dialog.getByRole('textbox', { name: 'New handoff phone number' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await axe(page)).toEqual([]);

    await dialog.getByRole('textbox', { name: 'New handoff phone number' }).fill('+14155550123');
    await dialog.getByRole('button', { name: 'Preview changes' }).click();
    await expect(dialog.getByText('Skipped: Nothing to change')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await mockJobs(page);
    await page.goto('/jobs');
    await expect(page.getByRole('table', { name: 'Bulk jobs' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.goto('/jobs/job_axe');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('cards select, the bulk form fills the screen, and the job pages do not scroll sideways', async ({
    page,
  }) => {
    await page.goto('/agents?q=northwind');
    const cards = page.getByRole('list', { name: 'Phone agents' });
    await cards.getByRole('checkbox', { name: 'Select Order Status — Northwind Outfitters' }).tap();
    await page.getByRole('button', { name: 'Bulk edit 1 agent' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Bulk edit 1 agent' });
    await dialog.getByRole('switch', { name: 'Change knowledge base' }).tap();
    await expect(dialog.getByRole('radiogroup', { name: 'Use knowledge base' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axe(page)).toEqual([]);

    await mockJobs(page);
    await page.goto('/jobs');
    await expect(page.getByRole('table', { name: 'Bulk jobs' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await page.goto('/jobs/job_axe');
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axe(page)).toEqual([]);
  });
});
