import type { Page } from '@playwright/test';
import {
  discardButton,
  expect,
  firstMessageInput,
  FRONT_DESK_ID,
  nameInput,
  patchAsColleague,
  resetFake,
  saveButton,
} from './support/fake-opencx';
import { test } from './support/test';
import { axeViolations } from './support/axe';

// Every main screen, in both colour schemes, on a desktop and on a phone: axe finds nothing, and
// on the phone no page scrolls sideways. Also the states that add colours of their own: a search
// with no match, a field error, a notification, a dialog over the page.

test.beforeEach(async ({ request }) => {
  test.slow();
  await resetFake(request);
});

const noAxeViolations = async (page: Page, where: string) =>
  expect(await axeViolations(page), where).toEqual([]);

/** A dialog opened over a page just checked in the same state: only the dialog is new. */
const noAxeViolationsInDialog = async (page: Page, where: string) =>
  expect(await axeViolations(page, '[role="dialog"], dialog[open]'), where).toEqual([]);

const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { width: 1440, height: 900, phone: false },
  { width: 375, height: 812, phone: true },
] as const;

for (const scheme of SCHEMES) {
  for (const { width, height, phone } of WIDTHS) {
    test.describe(`${scheme} at ${width} px`, () => {
      test.use({ viewport: { width, height }, colorScheme: scheme, hasTouch: phone });

      const checkPage = async (page: Page, where: string) => {
        expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe(
          scheme,
        );
        await noAxeViolations(page, where);
        if (phone) expect(await scrollsSideways(page), `${where} scrolls sideways`).toBe(false);
      };

      test('list, palette, editor with history, review, conflict and activity', async ({
        page,
        request,
      }) => {
        await page.goto('/agents');
        await expect(page.getByRole('status').filter({ hasText: /^\d+ agents$/ })).toBeVisible();
        await expect(
          page
            .getByRole(phone ? 'list' : 'table', { name: 'Phone agents' })
            .getByRole('link')
            .first(),
        ).toBeVisible();
        await checkPage(page, 'the list');

        const search = page.getByRole('searchbox', { name: 'Search agents' });
        await search.fill('no such agent anywhere');
        const clearFilters = page.getByRole('button', { name: 'Clear filters' });
        await expect(clearFilters).toBeVisible();
        await checkPage(page, 'the list with no match');
        await clearFilters.click();
        await expect(search).toHaveValue('');

        await page.keyboard.press('ControlOrMeta+k');
        const palette = page.getByRole('textbox', {
          name: 'Find an agent by name, ID or phone number',
        });
        await palette.fill('desk');
        await expect(page.getByRole('button', { name: /^Front Desk — Acme Dental/ })).toBeVisible();
        await noAxeViolationsInDialog(page, 'the palette');
        await palette.fill('nothing matches this');
        await expect(page.getByText('No agent matches.')).toBeVisible();
        await noAxeViolationsInDialog(page, 'the palette with no match');
        await page.keyboard.press('Escape');
        await expect(palette).toBeHidden();

        // Inside the app, as a person goes: no page loads again.
        await search.fill('Acme Dental');
        await page
          .getByRole(phone ? 'list' : 'table', { name: 'Phone agents' })
          .getByRole('link', { name: /^Front Desk — Acme Dental/ })
          .click();
        await expect(page.getByRole('combobox', { name: 'Voice' })).toHaveValue(/Aria/);
        await nameInput(page).fill('Front Desk — renamed');
        await saveButton(page).click();
        await expect(page.getByText('Saved: Name', { exact: true })).toBeVisible();
        const history = page.getByRole('region', { name: 'History' });
        await expect(history.getByRole('listitem').first()).toContainText(
          'Name: Front Desk — Acme Dental → Front Desk — renamed',
        );
        // The notification of the save is still up.
        await checkPage(page, 'the editor and its history');

        await nameInput(page).fill('');
        await saveButton(page).click();
        await expect(nameInput(page)).toHaveAttribute('aria-invalid', 'true');
        await checkPage(page, 'the editor with a field error');
        await nameInput(page).fill('Front Desk — renamed');

        await firstMessageInput(page).fill('Mine: hello there.');
        await page.getByRole('button', { name: 'Review changes' }).click();
        const review = page.getByRole('dialog', { name: 'Review changes' });
        await expect(review.getByRole('row', { name: /First message/ })).toBeVisible();
        await checkPage(page, 'the review');
        await review.getByRole('button', { name: 'Keep editing' }).click();
        await expect(review).toBeHidden();

        await patchAsColleague(request, FRONT_DESK_ID, { first_message: 'Theirs: good day.' });
        await saveButton(page).click();
        const conflict = page.getByRole('dialog', { name: 'Someone else changed the same fields' });
        await expect(
          conflict.getByRole('table', { name: 'First message: the versions' }),
        ).toBeVisible();
        await noAxeViolationsInDialog(page, 'the conflict dialog');
        if (phone)
          expect(await scrollsSideways(page), 'the conflict dialog scrolls sideways').toBe(false);
        await conflict.getByRole('button', { name: 'Cancel' }).click();
        await expect(conflict).toBeHidden();
        await discardButton(page).click();
        await expect(saveButton(page)).toBeDisabled();

        await page.getByRole('link', { name: 'Activity', exact: true }).click();
        await expect(
          page.getByRole('region', { name: 'Changes, newest first' }).getByRole('listitem').first(),
        ).toContainText('Front Desk — renamed');
        await checkPage(page, 'the activity page');
      });
    });
  }
}
