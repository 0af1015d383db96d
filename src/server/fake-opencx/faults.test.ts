// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeOpenCx } from './create-fake-opencx.ts';
import { DropConnectionError } from './drop-connection-error.ts';
import { parseFaultSpecs } from './fault-spec.ts';
import { FIRST_AGENT_ID } from './seed-agents.ts';
import { authedClient, control } from './test-requests.ts';

const fake = createFakeOpenCx();
const api = authedClient(fake);

beforeEach(() => fake.reset());

describe('fault injection', () => {
  it('answers a given status and body for the next N matching requests', async () => {
    const res = await control(fake, 'POST', '/faults', {
      method: 'GET',
      path: '/phone',
      times: 2,
      kind: 'status',
      status: 502,
      body: '<html>Bad gateway</html>',
      contentType: 'text/html',
    });
    expect(res.status).toBe(201);
    for (let i = 0; i < 2; i += 1) {
      const failed = await api.get('/phone');
      expect(failed.status).toBe(502);
      expect(failed.headers.get('content-type')).toBe('text/html');
      expect(await failed.text()).toBe('<html>Bad gateway</html>');
    }
    expect((await api.get('/phone')).status).toBe(200);
  });

  it('matches prefixes, methods and an /api-prefixed path, with a default envelope body', async () => {
    await control(fake, 'POST', '/faults', {
      method: 'PATCH',
      path: '/api/phone/*',
      kind: 'status',
      status: 503,
    });
    expect((await api.get('/phone/voices')).status).toBe(200);
    const res = await api.patch(`/phone/${FIRST_AGENT_ID}`, { name: 'x' });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(fake.store.findAgent(FIRST_AGENT_ID)?.name).not.toBe('x');
  });

  it('fires before auth so a proxy failure looks like one', async () => {
    await control(fake, 'POST', '/faults', { path: '/actions', kind: 'status', status: 500 });
    expect((await fake.app.request('/actions')).status).toBe(500);
  });

  it('hangs until the caller aborts', async () => {
    await control(fake, 'POST', '/faults', { path: '/phone', kind: 'hang' });
    const abort = new AbortController();
    const pending = api.get('/phone', { signal: abort.signal });
    let settled = false;
    void pending.finally(() => (settled = true)).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('drops the connection as a TypeError', async () => {
    await control(fake, 'POST', '/faults', [{ path: '/phone', kind: 'drop' }]);
    const pending = api.get('/phone');
    await expect(pending).rejects.toBeInstanceOf(DropConnectionError);
    await expect(api.get('/phone').then((r) => r.status)).resolves.toBe(200);
  });

  it('delays a slow answer', async () => {
    await control(fake, 'POST', '/faults', { path: '/actions', kind: 'slow', delayMs: 80 });
    const started = performance.now();
    const res = await api.get('/actions');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('lists and clears faults, and rejects bad specs', async () => {
    await control(fake, 'POST', '/faults', { path: '/phone', kind: 'status', status: 500 });
    expect((await (await control(fake, 'GET', '/faults')).json()).faults).toHaveLength(1);
    await control(fake, 'DELETE', '/faults');
    expect((await api.get('/phone')).status).toBe(200);
    expect(
      (await control(fake, 'POST', '/faults', { path: 'phone', kind: 'explode' })).status,
    ).toBe(400);
  });

  it('parses FAKE_OPENCX_FAULTS', () => {
    expect(parseFaultSpecs('[{"path":"/phone*","kind":"slow","delayMs":500}]')).toEqual([
      { path: '/phone*', kind: 'slow', delayMs: 500, times: 1 },
    ]);
    expect(() => parseFaultSpecs('nope')).toThrow(/not valid JSON/);
    expect(() => parseFaultSpecs('[{"kind":"hang"}]')).toThrow(/invalid/);
  });
});

describe('control routes', () => {
  it('reset restores the seed, the default config and clears faults', async () => {
    await api.patch(`/phone/${FIRST_AGENT_ID}`, { name: 'Changed' });
    await control(fake, 'POST', '/config', { listShape: 'paged' });
    await control(fake, 'POST', '/faults', { path: '/actions', kind: 'status', status: 500 });
    expect((await control(fake, 'POST', '/reset')).status).toBe(200);
    expect(fake.store.findAgent(FIRST_AGENT_ID)?.name).toBe('Front Desk — Acme Dental');
    expect((await (await control(fake, 'GET', '/config')).json()).listShape).toBe('array');
    expect((await api.get('/actions')).status).toBe(200);
  });

  it('validates config updates', async () => {
    expect((await control(fake, 'POST', '/config', { listShape: 'pages' })).status).toBe(400);
    expect((await control(fake, 'POST', '/config', { surprise: true })).status).toBe(400);
    const merged = await (await control(fake, 'POST', '/config', { newestFields: false })).json();
    expect(merged).toMatchObject({ newestFields: false, listShape: 'array' });
  });

  it('logs API requests so tests can count PATCHes', async () => {
    await api.get('/phone?x=1');
    await api.patch(`/phone/${FIRST_AGENT_ID}`, { name: 'Logged' });
    await control(fake, 'GET', '/config');
    const log = await (await control(fake, 'GET', '/requests')).json();
    expect(log).toEqual([
      { method: 'GET', path: '/phone', search: '?x=1', body: null },
      { method: 'PATCH', path: `/phone/${FIRST_AGENT_ID}`, search: '', body: { name: 'Logged' } },
    ]);
    await control(fake, 'DELETE', '/requests');
    expect(await (await control(fake, 'GET', '/requests')).json()).toEqual([]);
  });

  it('rate-limits when configured, with Retry-After', async () => {
    await control(fake, 'POST', '/config', { rateLimitPerMinute: 2 });
    expect((await api.get('/actions')).status).toBe(200);
    expect((await api.get('/actions')).status).toBe(200);
    const limited = await api.get('/actions');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });
});
