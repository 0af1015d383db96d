/** Set by the end-to-end tests: the fake keeps one store per tenant, and so does history. */
const FAKE_TENANT_HEADER = 'x-fake-tenant';
const TENANT_PATTERN = /^[\w-]{1,128}$/;

export type GatewayMode = 'real' | 'fake';

/**
 * Which OpenCX an entry belongs to. The fake's data is not the real org's, and each tenant of the
 * fake is a world of its own, so their histories never mix.
 */
export function historyScope(mode: GatewayMode, request: Request): string {
  if (mode === 'real') return 'opencx';
  const tenant = request.headers.get(FAKE_TENANT_HEADER);
  return tenant && TENANT_PATTERN.test(tenant) ? `fake:${tenant}` : 'fake';
}

export const FAKE_SCOPES_PATTERN = 'fake%';
