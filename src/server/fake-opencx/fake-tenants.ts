import { createFakeOpenCx, type FakeOpenCx } from './create-fake-opencx.ts';

/** Set by the end-to-end tests: each test gets a store of its own, so tests run in parallel. */
export const FAKE_TENANT_HEADER = 'x-fake-tenant';

const TENANT_PATTERN = /^[\w-]{1,128}$/;
/** Far more than the tests running at once; the oldest are forgotten first. */
const MAX_TENANTS = 64;

export interface FakeTenants {
  /** The fake a request talks to: its tenant's own, or the shared one without the header. */
  fakeFor(request: Request): FakeOpenCx;
}

export function createFakeTenants(shared: FakeOpenCx): FakeTenants {
  const tenants = new Map<string, FakeOpenCx>();
  return {
    fakeFor(request) {
      const tenant = request.headers.get(FAKE_TENANT_HEADER);
      if (!tenant || !TENANT_PATTERN.test(tenant)) return shared;
      let fake = tenants.get(tenant);
      if (fake) {
        // Re-inserted, so the Map's order is least recently used first.
        tenants.delete(tenant);
      } else {
        fake = createFakeOpenCx();
        fake.store.defaultAgentCount = shared.store.defaultAgentCount;
        fake.store.defaultRateLimitPerMinute = shared.store.defaultRateLimitPerMinute;
        fake.store.reset();
      }
      tenants.set(tenant, fake);
      const oldest = tenants.keys().next().value;
      if (tenants.size > MAX_TENANTS && oldest !== undefined) tenants.delete(oldest);
      return fake;
    },
  };
}
