import { expect, type Page } from '@playwright/test';
import {
  HOSTILE,
  HOSTILE_AGENT_ID,
  HOSTILE_AGENT_NAME,
  HOSTILE_FIRST_MESSAGE,
} from '../src/server/fake-opencx/seed-hostile.ts';
import { receivedPatches, resetFake, storedAgent } from './support/fake-opencx';
import { watchPage, type PageWatch } from './support/watch-page';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

/** Nothing ran, nothing became markup, nothing pushed the page sideways. */
async function expectInert(page: Page, watch: PageWatch) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], [onerror]')).toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
}

test('the hostile agent is listed and edited as plain text, and nothing in it runs', async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  await page.goto('/agents?q=Hostile');
  const link = page.getByRole('link', { name: HOSTILE_AGENT_NAME, exact: true });
  await expect(link).toBeVisible();
  expect(await link.textContent()).toBe(HOSTILE_AGENT_NAME);
  await expectInert(page, watch);

  await link.click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue(HOSTILE_AGENT_NAME);
  await expect(page.getByLabel('First message')).toHaveValue(HOSTILE_FIRST_MESSAGE);
  // Action and scenario names, including a 10,000-character one, shown as typed.
  await expect(page.getByText(HOSTILE.script, { exact: true }).first()).toBeAttached();
  await expect(page.getByText(HOSTILE.long, { exact: true }).first()).toBeAttached();
  await expect(page.getByText(HOSTILE.javascriptUrl, { exact: true }).first()).toBeAttached();
  await expectInert(page, watch);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

  // Saving one field sends only that field; the hostile text elsewhere stays byte-for-byte.
  await name.fill(`${HOSTILE_AGENT_NAME} ${HOSTILE.zeroWidth}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: Name')).toBeVisible();
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([
    { name: `${HOSTILE_AGENT_NAME} ${HOSTILE.zeroWidth}` },
  ]);
  const stored = await storedAgent(request, HOSTILE_AGENT_ID);
  expect(stored?.first_message).toBe(HOSTILE_FIRST_MESSAGE);
  await page.reload();
  await expect(name).toHaveValue(`${HOSTILE_AGENT_NAME} ${HOSTILE.zeroWidth}`);
  await expectInert(page, watch);
});

test('a 1 MB first message is refused with a clear error and nothing is saved', async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  await page.goto(`/agents/${HOSTILE_AGENT_ID}`);
  const firstMessage = page.getByLabel('First message');
  await expect(firstMessage).toHaveValue(HOSTILE_FIRST_MESSAGE);
  await firstMessage.fill('x'.repeat(1024 * 1024));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/at most 256 KB/).first()).toBeVisible();
  expect(await receivedPatches(request)).toEqual([]);
  expect((await storedAgent(request, HOSTILE_AGENT_ID))?.first_message).toBe(HOSTILE_FIRST_MESSAGE);
  expect(watch.pageErrors).toEqual([]);
});
