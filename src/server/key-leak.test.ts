// @vitest-environment node
// The OpenCX key lives only on the app's server. Whatever the browser asks and whatever OpenCX
// answers, no response, header, status text or log line may carry it. gateway.test.ts covers the
// forwarding mechanics; this sweeps every route the app uses, plus hostile upstream answers.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createFakeOpenCx, type FakeOpenCx } from './fake-opencx/create-fake-opencx.ts';
import { FIRST_AGENT_ID } from './fake-opencx/seed-agents.ts';
import { createGateway, type Gateway } from './gateway.ts';

const KEY = 'ocx_live_KEYLEAK_9b2e41d7_never_in_a_response';
const UPSTREAM = 'http://upstream.test';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Handler = (req: Request) => Response | Promise<Response>;

interface Harness {
  gateway: Gateway;
  fake: FakeOpenCx;
  /** Every request the gateway sent upstream. */
  seen: Request[];
  /** Replaces the fake as the upstream for the rest of the test. */
  answerWith(handler: Handler): void;
}

function harness(
  options: { upstreamTimeoutMs?: number; listCacheMs?: number | null } = {},
): Harness {
  const fake = createFakeOpenCx();
  const seen: Request[] = [];
  let handler: Handler = (req) => fake.app.fetch(req);
  const upstreamFetch: typeof fetch = async (input, init) => {
    const req = new Request(input, init);
    // Node's Request follows init.signal through a weakly held controller: after a garbage
    // collection the gateway's timeout could be lost and a hung request never end. Hand the
    // fake the gateway's own signal instead.
    if (init?.signal) Object.defineProperty(req, 'signal', { value: init.signal });
    seen.push(req);
    return handler(req);
  };
  const gateway = createGateway({ ...options, apiKey: KEY, apiUrl: UPSTREAM, upstreamFetch });
  return { gateway, fake, seen, answerWith: (h) => void (handler = h) };
}

function browser(path: string, method = 'GET', body?: unknown): Request {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  return new Request(`http://localhost:5173${path}`, init);
}

/** Status, status text, every header and the body (as latin1, so binary bodies count too). */
async function expectNoKey(res: Response): Promise<void> {
  expect(res.statusText).not.toContain(KEY);
  for (const [name, value] of res.headers) expect(`${name}: ${value}`).not.toContain(KEY);
  const bytes = Buffer.from(await res.clone().arrayBuffer());
  expect(bytes.toString('latin1')).not.toContain(KEY);
  expect(bytes.toString('utf8')).not.toContain(KEY);
}

async function send(h: Harness, req: Request): Promise<Response> {
  const res = await h.gateway.app.fetch(req);
  await expectNoKey(res);
  return res;
}

// Anything the gateway writes to the console or to stdout/stderr while a test runs.
let logSpies: MockInstance[] = [];

beforeEach(() => {
  logSpies = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) =>
      vi.spyOn(console, m),
    ),
    vi.spyOn(process.stdout, 'write'),
    vi.spyOn(process.stderr, 'write'),
  ];
});

afterEach(() => {
  for (const spy of logSpies) {
    for (const args of spy.mock.calls) {
      const text = args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 })));
      expect(text.join(' ')).not.toContain(KEY);
    }
  }
});

describe('the key never leaves the server, route by route', () => {
  it('GET /api/phone, as an array and paged (every page, and a bad cursor)', async () => {
    // The list shape is switched in the fake's store, behind the gateway's back.
    const h = harness({ listCacheMs: null });
    expect((await send(h, browser('/api/phone'))).status).toBe(200);
    h.fake.store.config = { ...h.fake.store.config, listShape: 'paged' };
    let path: string | null = '/api/phone';
    for (let pages = 0; path !== null; pages += 1) {
      expect(pages).toBeLessThan(20);
      const res = await send(h, browser(path));
      expect(res.status).toBe(200);
      const { next } = (await res.json()) as { next: string | null };
      path = next === null ? null : `/api/phone?cursor=${encodeURIComponent(next)}`;
    }
    const bad = await send(h, browser(`/api/phone?cursor=${btoa('not-a-cursor')}`));
    expect(bad.status).toBe(400);
  });

  it('PATCH /api/phone/:id with valid, invalid, malformed and empty bodies, and an unknown id', async () => {
    const h = harness();
    const path = `/api/phone/${FIRST_AGENT_ID}`;
    const ok = await send(h, browser(path, 'PATCH', { name: 'Leak check' }));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { name: string }).name).toBe('Leak check');
    const invalid = [
      { handoff_phone_number: '0123' },
      { name: '   ' },
      { not_a_field: true },
      { actionIds: [''] },
    ];
    for (const body of invalid) {
      expect((await send(h, browser(path, 'PATCH', body))).status).toBe(400);
    }
    expect((await send(h, browser(path, 'PATCH', '{not json'))).status).toBe(400);
    expect((await send(h, browser(path, 'PATCH', ''))).status).toBe(400);
    const missing = await send(h, browser(`/api/phone/${UNKNOWN_ID}`, 'PATCH', { name: 'x' }));
    expect(missing.status).toBe(404);
  });

  it('GET /api/phone/voices, /api/actions and /api/training (paged and invalid)', async () => {
    const h = harness();
    expect((await send(h, browser('/api/phone/voices'))).status).toBe(200);
    expect((await send(h, browser('/api/actions'))).status).toBe(200);
    expect((await send(h, browser('/api/training?limit=50&offset=0'))).status).toBe(200);
    expect((await send(h, browser('/api/training?limit=5&offset=5'))).status).toBe(200);
    expect((await send(h, browser('/api/training?limit=0&offset=-1'))).status).toBe(400);
  });

  it('POST and DELETE /api/phone, which are refused before OpenCX', async () => {
    const h = harness();
    expect((await send(h, browser('/api/phone', 'POST', { name: 'Temp agent' }))).status).toBe(405);
    expect((await send(h, browser(`/api/phone/${FIRST_AGENT_ID}`, 'DELETE'))).status).toBe(405);
    expect(h.seen).toHaveLength(0);
  });

  it('unknown routes, the gateway mode and the (disabled) fake controls', async () => {
    const h = harness();
    expect((await send(h, browser('/api/no-such-route'))).status).toBe(404);
    expect((await send(h, browser('/api/phone/a/b/c', 'PUT', {}))).status).toBe(404);
    expect((await send(h, browser('/api/__gateway/mode'))).status).toBe(200);
    expect((await send(h, browser('/api/__fake/reset', 'POST'))).status).toBe(404);
    expect((await send(h, browser('/api/__fake/state'))).status).toBe(404);
  });

  it('error answers from OpenCX: 401, 429 with Retry-After, 500', async () => {
    const h = harness();
    h.fake.store.addFaults([
      { path: '/phone', kind: 'status', status: 401, times: 1 },
      { path: '/actions', kind: 'status', status: 429, headers: { 'retry-after': '3' }, times: 1 },
      { path: '/training', kind: 'status', status: 500, times: 1 },
    ]);
    expect((await send(h, browser('/api/phone'))).status).toBe(401);
    expect((await send(h, browser('/api/actions'))).status).toBe(429);
    expect((await send(h, browser('/api/training'))).status).toBe(500);
  });

  it('sent `Authorization: Bearer <key>` upstream on every forwarded request, and nothing else', async () => {
    const h = harness();
    await send(h, browser('/api/phone'));
    await send(h, browser(`/api/phone/${FIRST_AGENT_ID}`, 'PATCH', { name: 'Auth check' }));
    await send(h, browser('/api/phone/voices'));
    await send(h, browser('/api/actions'));
    await send(h, browser('/api/training?limit=50&offset=0'));
    expect(h.seen).toHaveLength(5);
    for (const req of h.seen) {
      expect(req.url.startsWith(`${UPSTREAM}/`)).toBe(true);
      expect(req.url).not.toContain(KEY);
      expect(req.headers.get('authorization')).toBe(`Bearer ${KEY}`);
      const others = [...req.headers].filter(([name]) => name !== 'authorization');
      expect(inspect(others)).not.toContain(KEY);
    }
    // The fake checked the bearer: nothing was answered 401.
    expect(h.fake.store.requests).toHaveLength(5);
  });
});

describe('a hostile or broken upstream cannot make the gateway tell the key', () => {
  const echoHeaders = (auth: string, contentType: string) => ({
    'content-type': `${contentType}; echo="${auth}"`,
    'retry-after': auth,
    'www-authenticate': auth,
    'x-echo-authorization': auth,
    'set-cookie': `auth=${auth}`,
    location: `${UPSTREAM}/?auth=${encodeURIComponent(auth)}`,
  });

  const echoes: [string, string, (auth: string) => BodyInit][] = [
    ['a JSON error', 'application/json', (a) => JSON.stringify({ statusCode: 400, message: a })],
    ['plain text', 'text/plain; charset=utf-8', (a) => `you sent ${a}`],
    ['an HTML error page', 'text/html', (a) => `<html><body><pre>${a}</pre></body></html>`],
    ['a body with no content type', '', (a) => `echo ${a}`],
  ];

  for (const [label, contentType, body] of echoes) {
    it(`echoing the Authorization header in ${label}, its headers and status text`, async () => {
      const h = harness();
      h.answerWith((req) => {
        const auth = req.headers.get('authorization') ?? '';
        const headers = new Headers(echoHeaders(auth, contentType || 'x'));
        if (!contentType) headers.delete('content-type');
        const res = new Response(body(auth), { status: 400, statusText: auth, headers });
        if (!contentType) res.headers.delete('content-type');
        return res;
      });
      for (const [path, method, payload] of [
        ['/api/phone', 'GET', undefined],
        [`/api/phone/${FIRST_AGENT_ID}`, 'PATCH', { name: 'x' }],
        ['/api/actions', 'GET', undefined],
      ] as const) {
        const res = await send(h, browser(path, method, payload));
        expect(res.status).toBe(400);
      }
      expect(h.seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    });
  }

  it('echoing the key in a 200 success body', async () => {
    const h = harness();
    h.answerWith(
      (req) =>
        new Response(JSON.stringify([{ id: 'a', name: req.headers.get('authorization') }]), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    expect((await send(h, browser('/api/phone'))).status).toBe(200);
  });

  it('echoing the key in a binary body (refused: only JSON passes)', async () => {
    const h = harness();
    h.answerWith(
      (req) =>
        new Response(new TextEncoder().encode(`RIFF${req.headers.get('authorization')}`), {
          headers: { 'content-type': 'application/octet-stream' },
        }),
    );
    const res = await h.gateway.app.fetch(browser('/api/phone'));
    expect(res.status).toBe(502);
    await expectNoKey(res);
  });

  it('throwing errors that quote the key', async () => {
    const h = harness();
    const failures: unknown[] = [
      new TypeError(`fetch failed for Bearer ${KEY}`),
      new TypeError('fetch failed', { cause: new Error(`bad header Bearer ${KEY}`) }),
      new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: KEY }) }),
      `a thrown string with ${KEY}`,
      { toString: () => KEY },
    ];
    for (const failure of failures) {
      h.answerWith(() => {
        throw failure;
      });
      const res = await send(h, browser('/api/phone'));
      expect(res.status).toBe(502);
    }
  });

  it('failing mid-body with an error that quotes the key', async () => {
    const h = harness();
    h.answerWith(() => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"items":['));
          controller.error(new Error(`socket reset, Bearer ${KEY}`));
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/json' } });
    });
    expect((await send(h, browser('/api/phone'))).status).toBe(502);
  });

  it('timing out', async () => {
    const h = harness({ upstreamTimeoutMs: 30 });
    h.fake.store.addFaults([{ path: '/phone', kind: 'hang', times: 1 }]);
    expect((await send(h, browser('/api/phone'))).status).toBe(504);
  });
});
