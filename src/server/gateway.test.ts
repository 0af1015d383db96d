// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { FIRST_AGENT_ID } from './fake-opencx/seed-agents.ts';
import { createGateway } from './gateway.ts';

const KEY = 'ocx_live_TESTKEY_must_not_leak_123';

function browserRequest(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('cookie', 'session=browser-secret');
  headers.set('authorization', 'Bearer browser-token');
  return new Request(`http://localhost:5173${path}`, { ...init, headers });
}

async function expectNoKey(res: Response) {
  expect(await res.clone().text()).not.toContain(KEY);
  for (const [name, value] of res.headers) expect(`${name}: ${value}`).not.toContain(KEY);
}

function stubUpstream(respond: (req: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const upstreamFetch = vi.fn<typeof fetch>(async (input, init) => {
    const req = new Request(input, init);
    seen.push(req);
    return respond(req);
  });
  return { seen, upstreamFetch };
}

describe('gateway in fake mode', () => {
  const gateway = createGateway({});

  it('reports its mode', async () => {
    expect(gateway.mode).toBe('fake');
    const res = await gateway.app.fetch(browserRequest('/api/__gateway/mode'));
    expect(await res.json()).toEqual({ mode: 'fake' });
  });

  it('reaches the fake with the fake key, whatever the browser sent', async () => {
    const res = await gateway.app.fetch(browserRequest('/api/phone'));
    expect(res.status).toBe(200);
    expect((await res.json())[0].id).toBe(FIRST_AGENT_ID);
    const anonymous = await gateway.app.fetch(new Request('http://localhost/api/actions'));
    expect(anonymous.status).toBe(200);
  });

  it('forwards PATCH bodies and query strings', async () => {
    const patched = await gateway.app.fetch(
      browserRequest(`/api/phone/${FIRST_AGENT_ID}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Via gateway' }),
      }),
    );
    expect((await patched.json()).name).toBe('Via gateway');
    const page = await gateway.app.fetch(browserRequest('/api/training?limit=3&offset=3'));
    expect(await page.json()).toMatchObject({ limit: 3, offset: 3 });
  });

  it('routes /api/__fake/* to the control routes', async () => {
    const res = await gateway.app.fetch(
      browserRequest('/api/__fake/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: '/actions', kind: 'status', status: 500 }),
      }),
    );
    expect(res.status).toBe(201);
    expect((await gateway.app.fetch(browserRequest('/api/actions'))).status).toBe(500);
    await gateway.app.fetch(browserRequest('/api/__fake/reset', { method: 'POST' }));
    expect((await gateway.app.fetch(browserRequest('/api/actions'))).status).toBe(200);
  });

  it('passes a dropped connection on as a fetch-like TypeError', async () => {
    gateway.fake?.store.addFaults([{ path: '/phone', kind: 'drop', times: 1 }]);
    await expect(gateway.app.fetch(browserRequest('/api/phone'))).rejects.toBeInstanceOf(TypeError);
  });

  it('answers 504 when the upstream hangs past the timeout', async () => {
    const slow = createGateway({ upstreamTimeoutMs: 50 });
    slow.fake?.store.addFaults([{ path: '/phone', kind: 'hang', times: 1 }]);
    const res = await slow.app.fetch(browserRequest('/api/phone'));
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ statusCode: 504, error: 'Gateway Timeout' });
  });
});

describe('gateway in real mode', () => {
  it('adds the key, forwards only safe headers and copies back only safe ones', async () => {
    const { seen, upstreamFetch } = stubUpstream(
      () =>
        new Response('[]', {
          status: 200,
          headers: {
            'content-type': 'application/json',
            'set-cookie': 'upstream=1',
            'x-internal': 'y',
          },
        }),
    );
    const gateway = createGateway({ apiKey: KEY, apiUrl: 'https://opencx.test/', upstreamFetch });
    expect(gateway.mode).toBe('real');
    const res = await gateway.app.fetch(
      browserRequest('/api/phone?cursor=abc', { headers: { accept: 'application/json' } }),
    );
    expect(res.status).toBe(200);
    const upstream = seen[0];
    expect(upstream?.url).toBe('https://opencx.test/phone?cursor=abc');
    expect(upstream?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(upstream?.headers.get('cookie')).toBeNull();
    expect(upstream?.headers.get('accept')).toBe('application/json');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-internal')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/json');
    await expectNoKey(res);
  });

  it('copies error statuses, bodies and Retry-After, redacting any echoed key', async () => {
    const { upstreamFetch } = stubUpstream(
      (req) =>
        new Response(
          JSON.stringify({
            statusCode: 429,
            message: `slow down ${req.headers.get('authorization')}`,
          }),
          {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '7' },
          },
        ),
    );
    const gateway = createGateway({ apiKey: KEY, upstreamFetch });
    const res = await gateway.app.fetch(browserRequest('/api/actions'));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    await expectNoKey(res);
  });

  it('answers 502 with the envelope when OpenCX cannot be reached', async () => {
    const upstreamFetch = vi.fn<typeof fetch>(async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
      });
    });
    const gateway = createGateway({ apiKey: KEY, upstreamFetch });
    const res = await gateway.app.fetch(browserRequest('/api/phone'));
    expect(res.status).toBe(502);
    expect(await res.clone().json()).toEqual({
      statusCode: 502,
      message: 'Could not reach OpenCX: fetch failed (ECONNREFUSED)',
      error: 'Bad Gateway',
    });
    await expectNoKey(res);
  });

  it('does not expose the fake controls and never tells the key', async () => {
    const { upstreamFetch } = stubUpstream(() => new Response(null, { status: 204 }));
    const gateway = createGateway({ apiKey: KEY, upstreamFetch });
    const controlRes = await gateway.app.fetch(
      browserRequest('/api/__fake/reset', { method: 'POST' }),
    );
    expect(controlRes.status).toBe(404);
    expect(upstreamFetch).not.toHaveBeenCalled();
    const mode = await gateway.app.fetch(browserRequest('/api/__gateway/mode'));
    await expectNoKey(mode);
    expect(await mode.json()).toEqual({ mode: 'real' });
  });

  it('forwards a PATCH body unchanged', async () => {
    const { seen, upstreamFetch } = stubUpstream(() => new Response(null, { status: 200 }));
    const gateway = createGateway({ apiKey: KEY, upstreamFetch });
    const body = JSON.stringify({ actionIds: null });
    const res = await gateway.app.fetch(
      browserRequest('/api/phone/abc', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(seen[0]?.method).toBe('PATCH');
    expect(await seen[0]?.text()).toBe(body);
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
  });
});
