import {
  agentIdByName,
  expect,
  receivedPatches,
  resetFake,
  SLOW_TEST_TIMEOUT_MS,
  storedAgent,
} from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const KUNDENSERVICE = 'Kundenservice — Müller GmbH';
const SAHAYATA = 'Sahayata — Patel Pharmacy';
// Already on the number and the action: the preview and the job skip them.
const ALREADY_SET = [
  'Returns Desk — Northwind Outfitters',
  'EU Multilingual Helpdesk',
  'Manual Review Queue',
];

test('a bulk edit of 5 filtered agents runs with the tab closed, is in History, and Revert job restores them', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(SLOW_TEST_TIMEOUT_MS);
  const kundenservice = await agentIdByName(request, KUNDENSERVICE);
  const before = await storedAgent(request, kundenservice);

  await page.goto('/agents');
  await page.getByRole('combobox', { name: 'Knowledge base' }).selectOption('no');
  const search = page.getByRole('searchbox', { name: 'Search agents' });
  // The selection stays through each new search.
  for (const name of [KUNDENSERVICE, SAHAYATA, ...ALREADY_SET]) {
    await search.fill(name);
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await search.fill('');
  await expect(page.getByRole('group', { name: 'Selection' })).toContainText('5 selected');

  await page.getByRole('button', { name: 'Bulk edit 5 agents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk edit 5 agents' });
  await dialog.getByRole('switch', { name: 'Change handoff phone number' }).check();
  await dialog.getByRole('textbox', { name: 'New handoff phone number' }).fill('+1 415 555 0123');
  await dialog
    .getByRole('radiogroup', { name: 'Actions' })
    .getByRole('radio', { name: 'Add' })
    .check();
  await dialog.getByRole('combobox', { name: 'Actions to add' }).click();
  await page.getByRole('option', { name: 'Schedule callback' }).click();
  await dialog.getByRole('button', { name: 'Preview changes' }).click();

  await expect(dialog.getByText('2 agents will change; 3 skipped')).toBeVisible();
  const changes = dialog.getByRole('region', { name: 'Changes per agent' });
  const item = (name: string) => changes.getByRole('listitem').filter({ hasText: name }).first();
  await expect(item(KUNDENSERVICE)).toContainText(
    'Handoff phone number: +49 30 12345678 → +1 415 555 0123',
  );
  await expect(item(KUNDENSERVICE)).toContainText('Schedule callback');
  for (const name of ALREADY_SET) {
    await expect(item(name)).toContainText('Skipped: Nothing to change');
  }

  await dialog.getByRole('button', { name: 'Start job' }).click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
  const jobUrl = page.url();
  await page.close();

  const again = await context.newPage();
  await again.goto(jobUrl);
  await expect(again.getByText('Completed', { exact: true })).toBeVisible();
  await expect(again.getByText('2 done · 3 skipped · 0 failed · 0 pending')).toBeVisible();
  const patched = await receivedPatches(request);
  expect(patched).toHaveLength(2);
  expect(patched.find((p) => p.path.endsWith(kundenservice))?.body).toEqual({
    handoff_phone_number: '+14155550123',
    actionIds: [...(before?.actionIds as string[]), 'act_schedule_callback'],
  });

  await again.goto(`/agents/${kundenservice}`);
  const newest = again.getByRole('region', { name: 'History' }).getByRole('listitem').first();
  await expect(newest).toContainText('Bulk edit');
  await expect(newest).toContainText('Handoff phone number');

  await again.goto(jobUrl);
  await again.getByRole('button', { name: 'Revert job' }).click();
  await expect(again.getByRole('heading', { name: 'Revert job' })).toBeVisible();
  await expect(again).not.toHaveURL(jobUrl);
  await expect(again.getByText('Completed', { exact: true })).toBeVisible();
  await expect
    .poll(async () => (await storedAgent(request, kundenservice))?.handoff_phone_number)
    .toBe(before?.handoff_phone_number);
  expect((await storedAgent(request, kundenservice))?.actionIds).toEqual(before?.actionIds);
});
