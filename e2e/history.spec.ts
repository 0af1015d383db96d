import { readFile } from 'node:fs/promises';
import {
  ALL_ACTIONS_AGENT_ID,
  changeInDashboard,
  expect,
  FRONT_DESK_ID,
  handoffInput,
  nameInput,
  openAgent,
  receivedPatches,
  resetFake,
  saveButton,
} from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

test('a save shows in History with who and before -> after; Revert brings it back as an edit to save', async ({
  page,
  request,
}) => {
  await page.goto(`/agents/${FRONT_DESK_ID}`);
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await name.fill('Billing line');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: Name')).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  const newest = history.getByRole('listitem').first();
  await expect(newest).toContainText('local saved');
  await expect(newest).toContainText('Name: Front Desk — Acme Dental → Billing line');

  await newest.getByRole('button', { name: 'Revert this change' }).click();
  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  expect(await receivedPatches(request)).toHaveLength(1);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await receivedPatches(request)).length).toBe(2);
  const patches = await receivedPatches(request);
  expect(patches).toHaveLength(2);
  expect(patches[1]?.body).toEqual({ name: 'Front Desk — Acme Dental' });
  const reverted = history.getByRole('listitem').first();
  await expect(reverted).toContainText('Name: Billing line → Front Desk — Acme Dental');
  await expect(reverted).toContainText('Reverted');
});

test('a change made in OpenCX itself shows in History as changed outside the console', async ({
  page,
  request,
}) => {
  await openAgent(page, FRONT_DESK_ID);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('No changes recorded for this agent yet.')).toBeVisible();

  await changeInDashboard(request, FRONT_DESK_ID, { handoff_phone_number: '+14155550777' });
  expect(await receivedPatches(request)).toHaveLength(0);

  // The page's list read and the server's comparison of it run side by side with History's own
  // read, which may come first: look again until the comparison has landed.
  await expect(async () => {
    await page.reload();
    await expect(handoffInput(page)).toHaveValue('+14155550777', { timeout: 15_000 });
    const newest = history.getByRole('listitem').first();
    await expect(newest).toContainText('Changed outside the console', { timeout: 5_000 });
    await expect(newest).toContainText('Handoff phone number: +14155550123 → +14155550777');
  }).toPass({ timeout: 60_000 });
  // Each reload read the list again; the change was recorded once.
  await expect(
    history.getByRole('listitem').filter({ hasText: 'Changed outside the console' }),
  ).toHaveCount(1);
});

/** yyyy-mm-dd of the machine's local day, as a date input holds it. */
function localDay(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

test('Activity keeps its filters in the address and exports what they match as CSV', async ({
  page,
  request,
}) => {
  const saved = (count: number) =>
    expect.poll(async () => (await receivedPatches(request)).length).toBe(count);
  // Three saves on two agents, so each filter has something to leave out.
  await openAgent(page, FRONT_DESK_ID);
  await nameInput(page).fill('Billing line');
  await saveButton(page).click();
  await saved(1);
  await expect(saveButton(page)).toBeDisabled();
  await handoffInput(page).fill('+1 415 555 0142');
  await saveButton(page).click();
  await saved(2);
  await expect(saveButton(page)).toBeDisabled();
  await openAgent(page, ALL_ACTIONS_AGENT_ID);
  await nameInput(page).fill('Sales line');
  await saveButton(page).click();
  await saved(3);
  await expect(saveButton(page)).toBeDisabled();

  await page.getByRole('link', { name: 'Activity', exact: true }).click();
  // An entry's row has its time; the field changes inside it are list items too.
  const rows = page
    .getByRole('region', { name: 'Changes, newest first' })
    .getByRole('listitem')
    .filter({ has: page.locator('time') });
  await expect(rows).toHaveCount(3);

  await page.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'Billing line' });
  await expect(rows).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Name' });
  await expect(rows).toHaveCount(1);
  await page.getByRole('textbox', { name: 'User' }).fill('local');
  await page.getByRole('textbox', { name: 'User' }).press('Enter');
  await page.getByLabel('From', { exact: true }).fill(localDay());
  await page.getByLabel('To', { exact: true }).fill(localDay());
  await expect(page).toHaveURL(
    (url) =>
      url.pathname === '/activity' &&
      url.searchParams.get('agent') === FRONT_DESK_ID &&
      url.searchParams.get('field') === 'name' &&
      url.searchParams.get('user') === 'local' &&
      url.searchParams.get('from') === localDay() &&
      url.searchParams.get('to') === localDay(),
  );
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Name: Front Desk — Acme Dental → Billing line');

  // The address alone brings the same view back.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Field' })).toHaveValue('name');
  await expect(page.getByRole('textbox', { name: 'User' })).toHaveValue('local');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(localDay());
  await expect(rows).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^activity-\d{4}-\d\d-\d\d\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('at,user,agentId,agentName,kind,source,outcome,reason,field,before,after');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(
    new RegExp(
      `^\\d{4}-[^,]+Z,local,${FRONT_DESK_ID},Billing line,save,editor,saved,,name,Front Desk — Acme Dental,Billing line$`,
    ),
  );

  // A time range that ends before today leaves nothing.
  await page.getByLabel('From', { exact: true }).fill(localDay(-3));
  await page.getByLabel('To', { exact: true }).fill(localDay(-1));
  await expect(page.getByText('No changes match these filters.')).toBeVisible();
});
