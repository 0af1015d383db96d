// @vitest-environment node
// What OpenCX answers is checked before the browser sees it: redirects, non-JSON, huge bodies,
// error bodies and every encoding of an echoed key (findings F3, F4, F6, F8).
import { describe, expect, it, vi } from 'vitest';
import { FIRST_AGENT_ID } from './fake-opencx/seed-agents.ts';
import { createGateway } from './gateway.ts';

const KEY = 'ocx_live_ANSWERS_7d1c9e40_never_passed_on';
const AGENT = `/api/phone/${FIRST_AGENT_ID}`;

function realGateway(respond: (req: Request) => Response, upstreamMaxBytes?: number) {
  const seen: { req: Request; init: RequestInit | undefined }[] = [];
  const upstreamFetch = vi.fn<typeof fetch>(async (input, init) => {
    const req = new Request(input, init);
    seen.push({ req, init });
    return respond(req);
  });
  const gateway = createGateway({ apiKey: KEY, upstreamFetch, upstreamMaxBytes });
  const send = (path: string, init: RequestInit = {}) =>
    gateway.app.fetch(new Request(`http://127.0.0.1:5173${path}`, init));
  return { seen, upstreamFetch, send };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('redirects are never followed (F3)', () => {
  it('a 307 on DELETE-like state changes answers 502 and the key is sent once', async () => {
    for (const status of [301, 302, 303, 307, 308]) {
      const { seen, send } = realGateway(
        () => new Response(null, { status, headers: { location: 'http://127.0.0.1:5173/phone' } }),
      );
      const res = await send(AGENT, { method: 'PATCH', body: '{"name":"x"}' });
      expect(res.status, String(status)).toBe(502);
      expect(await res.json()).toMatchObject({
        statusCode: 502,
        message: expect.stringContaining(`redirect (${status})`),
      });
      expect(res.headers.get('location')).toBeNull();
      expect(seen).toHaveLength(1);
      expect(seen[0]?.init?.redirect).toBe('manual');
    }
  });
});

describe('query strings are allow-listed per route (F4)', () => {
  it('forwards the documented parameters and refuses any other', async () => {
    const { seen, send } = realGateway(() => json([]));
    expect((await send('/api/phone?cursor=abc%3D')).status).toBe(200);
    expect((await send('/api/training?limit=5&offset=10')).status).toBe(200);
    expect(seen.map((s) => new URL(s.req.url).search)).toEqual([
      '?cursor=abc%3D',
      '?limit=5&offset=10',
    ]);
    const refused: [string, RequestInit][] = [
      [`${AGENT}?force=true`, { method: 'PATCH', body: '{}' }],
      ['/api/phone?limit=1', {}],
      ['/api/phone?cursor=a&cursor=b', {}],
      ['/api/actions?include=secrets', {}],
      ['/api/phone/voices?x', {}],
      ['/api/training?limit=5&expand=org', {}],
    ];
    for (const [path, init] of refused) {
      const res = await send(path, init);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({
        message: expect.stringMatching(/^Query parameter/),
      });
    }
    expect(seen).toHaveLength(2);
  });
});

describe('only JSON passes, capped, with no-store and a sandbox (F6)', () => {
  it('answers 502 for an HTML or other non-JSON success, and never passes the page on', async () => {
    for (const [type, body] of [
      ['text/html', '<html><script>alert(1)</script></html>'],
      ['text/plain', 'hello'],
      ['application/octet-stream', 'RIFF....'],
      ['', '<!doctype html><p>hi'],
    ] as const) {
      const { send } = realGateway(() => {
        const res = new Response(body, { headers: type ? { 'content-type': type } : {} });
        if (!type) res.headers.delete('content-type');
        return res;
      });
      const res = await send('/api/phone');
      expect(res.status, type).toBe(502);
      expect(res.headers.get('content-type')).toBe('application/json');
      const text = await res.text();
      expect(text).not.toContain('<script>');
      expect(JSON.parse(text)).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    }
  });

  it('describes an HTML error page in JSON, keeping its status', async () => {
    const { send } = realGateway(
      () =>
        new Response('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
    );
    const res = await send('/api/phone');
    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body.message).toMatch(/HTML page instead of JSON/);
    expect(JSON.stringify(body)).not.toContain('nginx');
  });

  it('stops reading an answer over UPSTREAM_MAX_BYTES while it streams', async () => {
    let pulled = 0;
    const { send } = realGateway(() => {
      const chunk = new TextEncoder().encode(`[${'"x",'.repeat(16 * 1024)}`);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(chunk);
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/json' } });
    }, 1024 * 1024);
    const res = await send('/api/phone');
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/over 1 MB/) });
    expect(pulled).toBeLessThan(40);
    const declared = realGateway(
      () =>
        new Response('[]', {
          headers: { 'content-type': 'application/json', 'content-length': String(2 ** 30) },
        }),
      1024 * 1024,
    );
    expect((await declared.send('/api/phone')).status).toBe(502);
  });

  it('sends Cache-Control: no-store and a sandbox CSP on answers', async () => {
    const { send } = realGateway(() => json([]));
    for (const path of ['/api/phone', '/api/nope']) {
      const res = await send(path);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-security-policy'), path).toContain('sandbox');
    }
  });
});

describe('error bodies: only the message passes, with the key redacted in any encoding (F8)', () => {
  const encodings: [string, (key: string) => string][] = [
    ['as typed', (k) => k],
    ['upper-cased', (k) => k.toUpperCase()],
    [
      '\\u-escaped',
      (k) => [...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
    ],
    ['partly \\u-escaped', (k) => k.replace(/_/g, '\\u005F')],
    ['base64', (k) => Buffer.from(k).toString('base64')],
    ['base64 of Bearer key', (k) => Buffer.from(`Bearer ${k}`).toString('base64')],
    ['base64url inside a token', (k) => Buffer.from(`{"k":"${k}"}`).toString('base64url')],
    ['percent-encoded', (k) => encodeURIComponent(k).replace(/_/g, '%5F')],
    ['hex', (k) => Buffer.from(k).toString('hex')],
    ['as HTML entities', (k) => [...k].map((c) => `&#${c.charCodeAt(0)};`).join('')],
  ];

  for (const [label, encode] of encodings) {
    it(`an error body echoing the key ${label}`, async () => {
      const { send } = realGateway(
        () =>
          new Response(
            `{"statusCode":400,"message":"bad key ${encode(KEY)}","trace":"${encode(KEY)}"}`,
            {
              status: 400,
              headers: { 'content-type': 'application/json' },
            },
          ),
      );
      const res = await send('/api/actions');
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(['error', 'message', 'statusCode']);
      expect(body.message).toContain('[redacted]');
      const text = JSON.stringify(body);
      expect(text).not.toContain(KEY);
      expect(text.toLowerCase()).not.toContain(KEY.toLowerCase());
      expect(text).not.toContain(encode(KEY));
    });

    it(`a success body echoing the key ${label}`, async () => {
      const { send } = realGateway(
        () =>
          new Response(`[{"id":"a","name":"${encode(KEY)}"}]`, {
            headers: { 'content-type': 'application/json' },
          }),
      );
      const text = await (await send('/api/phone')).text();
      expect(text).not.toContain(encode(KEY));
      expect(text.toLowerCase()).not.toContain(KEY.toLowerCase());
    });
  }

  it('keeps a message list and drops everything but the envelope', async () => {
    const { send } = realGateway(() =>
      json(
        { statusCode: 400, message: ['name must not be blank', 7], code: 'X', stack: 'at …' },
        400,
      ),
    );
    expect(await (await send('/api/actions')).json()).toEqual({
      statusCode: 400,
      message: ['name must not be blank'],
      error: 'Bad Request',
    });
  });

  it('passes Retry-After only as seconds or an HTTP date', async () => {
    for (const [value, expected] of [
      ['7', '7'],
      ['Wed, 21 Oct 2026 07:28:00 GMT', 'Wed, 21 Oct 2026 07:28:00 GMT'],
      [`Bearer ${KEY}`, null],
    ] as const) {
      const { send } = realGateway(() => json({ statusCode: 429 }, 429, { 'retry-after': value }));
      expect((await send('/api/actions')).headers.get('retry-after')).toBe(expected);
    }
  });
});
