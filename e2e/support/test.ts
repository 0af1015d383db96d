import { randomUUID } from 'node:crypto';
import { test as base } from '@playwright/test';

// History outlives the server (it is in DATA_DIR); a test's tenant is new in every run, so a test
// never finds the entries it made in an earlier run.
const RUN = randomUUID().slice(0, 8);

/**
 * Every request of a test, from its pages and its `request` fixture alike, carries a tenant of
 * its own: the fake OpenCX keeps one store per tenant (src/server/fake-opencx/fake-tenants.ts),
 * and history one scope per tenant, so tests never see each other's edits and run in parallel.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const tenant = `${testInfo.testId}-${testInfo.repeatEachIndex}-${testInfo.retry}-${RUN}`;
    await provide({ ...extraHTTPHeaders, 'x-fake-tenant': tenant });
  },
});
