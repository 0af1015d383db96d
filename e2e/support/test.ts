import { randomUUID } from 'node:crypto';
import { test as base, type BrowserContext } from '@playwright/test';

/** Retries of a failed read wait this long instead of react-query's 1 s, 2 s, ... */
const RETRY_DELAY_MS = 50;

// History outlives the server (it is in DATA_DIR); a test's tenant is new in every run, so a test
// never finds the entries it made in an earlier run.
const RUN = randomUUID().slice(0, 8);

/**
 * Every request of a test, from its pages and its `request` fixture alike, carries a tenant of
 * its own: the fake OpenCX keeps one store per tenant (src/server/fake-opencx/fake-tenants.ts),
 * and history one scope per tenant, so tests never see each other's edits and run in parallel.
 * Pages get short retry pauses (src/app/timing-overrides.ts); a test that needs a short request
 * timeout sets it itself.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const tenant = `${testInfo.testId}-${testInfo.repeatEachIndex}-${testInfo.retry}-${RUN}`;
    await provide({ ...extraHTTPHeaders, 'x-fake-tenant': tenant });
  },
  context: async ({ context }, provide) => {
    await shortenRetryPauses(context);
    await provide(context);
  },
});

/** What the `context` fixture does, for a context a test opens itself (a second person). */
export async function shortenRetryPauses(context: BrowserContext) {
  await context.addInitScript((retryDelayMs) => {
    (window as { __consoleTiming?: object }).__consoleTiming = { retryDelayMs };
  }, RETRY_DELAY_MS);
}

/** Shortens the request timeout for the pages this test opens from now on. */
export async function shortenRequestTimeout(context: BrowserContext, requestTimeoutMs: number) {
  await context.addInitScript(
    ([retryDelayMs, timeoutMs]) => {
      (window as { __consoleTiming?: object }).__consoleTiming = {
        retryDelayMs,
        requestTimeoutMs: timeoutMs,
      };
    },
    [RETRY_DELAY_MS, requestTimeoutMs] as const,
  );
}
