// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { FAKE_TENANT_HEADER } from './fake-opencx/fake-tenants.ts';
import { FIRST_AGENT_ID } from './fake-opencx/seed-agents.ts';
import { createGateway } from './gateway.ts';

function asTenant(tenant: string | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (tenant !== null) headers.set(FAKE_TENANT_HEADER, tenant);
  return new Request(`http://localhost:5173${path}`, { ...init, headers });
}

const rename = (tenant: string | null, name: string) =>
  asTenant(tenant, `/api/phone/${FIRST_AGENT_ID}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });

async function firstAgentName(
  gateway: ReturnType<typeof createGateway>,
  tenant: string | null,
): Promise<string> {
  const res = await gateway.app.fetch(asTenant(tenant, '/api/phone'));
  const agents = (await res.json()) as { id: string; name: string }[];
  return agents.find((agent) => agent.id === FIRST_AGENT_ID)?.name ?? '';
}

describe('fake tenants', () => {
  it('gives each tenant a store of its own, apart from the shared one', async () => {
    const gateway = createGateway({});
    const seeded = await firstAgentName(gateway, null);
    expect((await gateway.app.fetch(rename('alice', 'Alice’s edit'))).status).toBe(200);
    expect((await gateway.app.fetch(rename('bob', 'Bob’s edit'))).status).toBe(200);
    expect(await firstAgentName(gateway, 'alice')).toBe('Alice’s edit');
    expect(await firstAgentName(gateway, 'bob')).toBe('Bob’s edit');
    expect(await firstAgentName(gateway, null)).toBe(seeded);
    expect(await firstAgentName(gateway, 'carol')).toBe(seeded);
  });

  it("acts on the caller's own store through the control routes", async () => {
    const gateway = createGateway({});
    const fault = asTenant('alice', '/api/__fake/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/actions', kind: 'status', status: 500 }),
    });
    expect((await gateway.app.fetch(fault)).status).toBe(201);
    await gateway.app.fetch(rename('bob', 'Logged for Bob only'));

    expect((await gateway.app.fetch(asTenant('bob', '/api/actions'))).status).toBe(200);
    expect((await gateway.app.fetch(asTenant(null, '/api/actions'))).status).toBe(200);
    expect((await gateway.app.fetch(asTenant('alice', '/api/actions'))).status).toBe(500);

    const logged = async (tenant: string) =>
      (await (await gateway.app.fetch(asTenant(tenant, '/api/__fake/requests'))).json()) as {
        method: string;
      }[];
    expect((await logged('bob')).map((r) => r.method)).toEqual(['PATCH', 'GET']);
    expect((await logged('alice')).map((r) => r.method)).toEqual(['GET']);

    await gateway.app.fetch(asTenant('bob', '/api/__fake/reset', { method: 'POST' }));
    expect(await logged('bob')).toEqual([]);
    expect(await logged('alice')).toHaveLength(1);
  });

  it('uses the shared store for a missing or malformed tenant', async () => {
    const gateway = createGateway({});
    await gateway.app.fetch(rename('../x y', 'Shared edit'));
    expect(await firstAgentName(gateway, null)).toBe('Shared edit');
  });

  it('never forwards the tenant header to the real OpenCX', async () => {
    const seen: Request[] = [];
    const upstreamFetch = vi.fn<typeof fetch>(async (input, init) => {
      seen.push(new Request(input, init));
      return Response.json([]);
    });
    const gateway = createGateway({ apiKey: 'ocx_live_key', upstreamFetch });
    expect((await gateway.app.fetch(asTenant('alice', '/api/phone'))).status).toBe(200);
    expect(seen[0]?.headers.get(FAKE_TENANT_HEADER)).toBeNull();
    const controls = await gateway.app.fetch(asTenant('alice', '/api/__fake/reset'));
    expect(controls.status).toBe(404);
  });
});
