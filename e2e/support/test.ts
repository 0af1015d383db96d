import { test as base } from '@playwright/test';

/**
 * Every request of a test, from its pages and its `request` fixture alike, carries a tenant of
 * its own: the fake OpenCX keeps one store per tenant (src/server/fake-opencx/fake-tenants.ts),
 * so tests never see each other's edits and run in parallel.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const tenant = `${testInfo.testId}-${testInfo.repeatEachIndex}-${testInfo.retry}`;
    await provide({ ...extraHTTPHeaders, 'x-fake-tenant': tenant });
  },
});
