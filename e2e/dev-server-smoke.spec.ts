import {
  FRONT_DESK_ID,
  expect,
  expectSavedToast,
  nameInput,
  openAgent,
  receivedPatches,
  resetFake,
  saveButton,
} from './support/fake-opencx';
import { test } from './support/test';

// Everything else runs against the production build; this proves `npm run dev` serves the app
// and its /api gateway too.
test('the dev server serves the list, the editor and a save', async ({ page, request }) => {
  await resetFake(request);
  await page.goto('/agents');
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Front Desk — Acme Dental' })).toBeVisible();

  await openAgent(page, FRONT_DESK_ID);
  await nameInput(page).fill('Front Desk — dev server');
  await saveButton(page).click();
  await expectSavedToast(page, 'Saved: Name');
  expect((await receivedPatches(request)).map((patch) => patch.body)).toEqual([
    { name: 'Front Desk — dev server' },
  ]);
});
