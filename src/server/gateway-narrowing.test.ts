// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { FIRST_AGENT_ID } from './fake-opencx/seed-agents.ts';
import { createGateway } from './gateway.ts';

const KEY = 'ocx_live_NARROW_3c9e_must_not_leak';
const ORIGIN = 'http://127.0.0.1:5173';

function realGateway(options: { maxBodyBytes?: number; allowedOrigins?: string[] } = {}) {
  const upstreamFetch = vi.fn<typeof fetch>(async () => Response.json([]));
  const gateway = createGateway({ ...options, apiKey: KEY, upstreamFetch });
  const send = (path: string, init: RequestInit = {}) =>
    gateway.app.fetch(new Request(`${ORIGIN}${path}`, init));
  return { upstreamFetch, send };
}

const patch = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'PATCH',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

describe('the gateway forwards only what the app uses', () => {
  it('forwards each route the app calls', async () => {
    const { send, upstreamFetch } = realGateway();
    const calls: [string, string][] = [
      ['GET', '/api/phone'],
      ['GET', '/api/phone?cursor=abc'],
      ['PATCH', `/api/phone/${FIRST_AGENT_ID}`],
      ['GET', '/api/phone/voices'],
      ['GET', '/api/actions'],
      ['GET', '/api/training?limit=50&offset=0'],
    ];
    for (const [method, path] of calls) {
      const body = method === 'POST' || method === 'PATCH' ? '{"name":"x"}' : undefined;
      expect((await send(path, { method, body })).status, `${method} ${path}`).toBe(200);
    }
    expect(upstreamFetch).toHaveBeenCalledTimes(calls.length);
  });

  it('answers 405 with Allow for a method a known path does not take', async () => {
    const { send, upstreamFetch } = realGateway();
    const cases: [string, string, string][] = [
      ['PUT', '/api/phone', 'GET, HEAD'],
      ['DELETE', '/api/phone', 'GET, HEAD'],
      ['POST', '/api/phone', 'GET, HEAD'],
      ['DELETE', `/api/phone/${FIRST_AGENT_ID}`, 'PATCH'],
      ['POST', '/api/actions', 'GET, HEAD'],
      ['DELETE', '/api/training', 'GET, HEAD'],
      ['PATCH', '/api/phone/voices', 'GET, HEAD'],
      ['GET', `/api/phone/${FIRST_AGENT_ID}`, 'PATCH'],
      ['PUT', `/api/phone/${FIRST_AGENT_ID}`, 'PATCH'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await send(path, { method, body: method === 'GET' ? undefined : '{}' });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(await res.json()).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
    }
    expect(upstreamFetch).not.toHaveBeenCalled();
  });

  it('answers 404 for any other path', async () => {
    const { send, upstreamFetch } = realGateway();
    for (const path of [
      '/api/organization',
      '/api/phone/x/y',
      '/api/phone/voices/extra',
      '/api/actions/act_1',
      '/api/v2/phone',
      '/api/',
      '/api/Phone',
    ]) {
      expect((await send(path)).status, path).toBe(404);
    }
    expect(upstreamFetch).not.toHaveBeenCalled();
  });

  it('refuses agent IDs with dots, slashes, encoded bytes or excess length', async () => {
    const { send, upstreamFetch } = realGateway();
    for (const id of [
      '..',
      '.',
      '%2e%2e',
      'a%2Fb',
      'a%2fb',
      '..%2F..%2Fadmin',
      '%5C',
      'a.b',
      'a%00',
      'x'.repeat(129),
      '-x',
    ]) {
      const res = await send(`/api/phone/${id}`, patch('{"name":"x"}'));
      expect(res.status, id).toBeGreaterThanOrEqual(400);
      expect(res.status, id).toBeLessThan(500);
    }
    const invalid = await send('/api/phone/a%2Fb', patch('{}'));
    expect(await invalid.json()).toMatchObject({
      statusCode: 400,
      message: 'Invalid phone agent ID',
    });
    expect(upstreamFetch).not.toHaveBeenCalled();
  });
});

describe('state-changing requests must come from the app itself', () => {
  it('refuses a PATCH, POST or DELETE from a foreign or opaque origin', async () => {
    const { send, upstreamFetch } = realGateway();
    const path = `/api/phone/${FIRST_AGENT_ID}`;
    const foreign: Record<string, string>[] = [
      { origin: 'http://evil.test' },
      { origin: 'http://127.0.0.1:9999' },
      { origin: 'null' },
      { origin: ORIGIN, 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of foreign) {
      const res = await send(path, patch('{"name":"x"}', headers));
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(
      (await send('/api/phone', { method: 'POST', headers: { origin: 'https://a.test' } })).status,
    ).toBe(403);
    expect(
      (await send(path, { method: 'DELETE', headers: { origin: 'https://a.test' } })).status,
    ).toBe(403);
    expect(upstreamFetch).not.toHaveBeenCalled();
  });

  it('accepts its own origin, configured origins, and clients that send no Origin', async () => {
    const { send } = realGateway({ allowedOrigins: ['https://agents.example.com'] });
    const path = `/api/phone/${FIRST_AGENT_ID}`;
    const accepted: Record<string, string>[] = [
      { origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
      { origin: 'https://agents.example.com' },
      {},
    ];
    for (const headers of accepted) {
      expect((await send(path, patch('{"name":"x"}', headers))).status).toBe(200);
    }
    expect((await send('/api/phone', { headers: { origin: 'http://evil.test' } })).status).toBe(
      200,
    );
  });

  it('with configured hosts, refuses an Origin outside them even when Host matches it (F5)', async () => {
    const gateway = createGateway({
      apiKey: KEY,
      upstreamFetch: async () => Response.json({}),
      allowedHosts: ['localhost', '127.0.0.1', 'agents.example.com'],
    });
    const send = (host: string, origin: string) =>
      gateway.app.fetch(
        new Request(`http://${host}/api/phone/${FIRST_AGENT_ID}`, {
          ...patch('{"name":"x"}', { host, origin }),
        }),
      );
    expect((await send('rebound.evil.test', 'http://rebound.evil.test')).status).toBe(403);
    expect((await send('agents.example.com', 'https://agents.example.com')).status).toBe(200);
    expect((await send('127.0.0.1:3000', 'http://127.0.0.1:3000')).status).toBe(200);
  });

  it('guards the fake controls too', async () => {
    const gateway = createGateway({});
    const res = await gateway.app.fetch(
      new Request(`${ORIGIN}/api/__fake/reset`, {
        method: 'POST',
        headers: { origin: 'http://evil.test' },
      }),
    );
    expect(res.status).toBe(403);
  });
});

describe('request bodies have a size limit', () => {
  it('refuses a 1 MB first message with 413 and a clear message', async () => {
    const { send, upstreamFetch } = realGateway();
    const body = JSON.stringify({ first_message: 'x'.repeat(1024 * 1024) });
    const res = await send(`/api/phone/${FIRST_AGENT_ID}`, patch(body));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      statusCode: 413,
      error: 'Payload Too Large',
      message: expect.stringContaining('at most 256 KB'),
    });
    expect(upstreamFetch).not.toHaveBeenCalled();
  });

  it('counts a streamed body without Content-Length, and stops reading a huge one', async () => {
    const { send, upstreamFetch } = realGateway({ maxBodyBytes: 1000 });
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const streamOf = (chunks: number) => {
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1;
          if (sent > chunks) controller.close();
          else controller.enqueue(chunk);
        },
      });
      return { stream, sent: () => sent };
    };
    const small = streamOf(4);
    const init = (body: ReadableStream) => ({ ...patch(''), body, duplex: 'half' }) as RequestInit;
    expect((await send(`/api/phone/${FIRST_AGENT_ID}`, init(small.stream))).status).toBe(413);
    const endless = streamOf(100_000);
    expect((await send(`/api/phone/${FIRST_AGENT_ID}`, init(endless.stream))).status).toBe(413);
    // Gave up at the 16 MB discard cap instead of draining 6 GB.
    expect(endless.sent()).toBeLessThan(300);
    expect(upstreamFetch).not.toHaveBeenCalled();
  });

  it('forwards a body right at the limit unchanged', async () => {
    const { send, upstreamFetch } = realGateway({ maxBodyBytes: 1000 });
    const body = JSON.stringify({ first_message: 'é'.repeat(400) });
    expect(new TextEncoder().encode(body).byteLength).toBeLessThanOrEqual(1000);
    expect((await send(`/api/phone/${FIRST_AGENT_ID}`, patch(body))).status).toBe(200);
    const init = upstreamFetch.mock.calls[0]?.[1];
    expect(new TextDecoder().decode(init?.body as ArrayBuffer)).toBe(body);
  });
});
