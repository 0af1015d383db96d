// @vitest-environment node
// The frugal gateway: ten open editors must not spend the org's 100 requests a minute, and a save
// must never be merged against a list from before it.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFakeOpenCx } from './fake-opencx/create-fake-opencx.ts';
import { FIRST_AGENT_ID } from './fake-opencx/seed-agents.ts';
import { createGateway } from './gateway.ts';

const KEY = 'ocx_live_CACHE_31f0_never_leaks';

function harness(options: { listCacheMs?: number | null } = {}) {
  const fake = createFakeOpenCx();
  let clock = 1_000_000;
  const upstreamCalls: string[] = [];
  let hold: Promise<void> | null = null;
  const gateway = createGateway({
    apiKey: KEY,
    apiUrl: 'http://upstream.test',
    now: () => clock,
    ...options,
    upstreamFetch: async (input, init) => {
      const req = new Request(input, init);
      upstreamCalls.push(`${req.method} ${new URL(req.url).pathname}${new URL(req.url).search}`);
      if (req.method === 'GET' && hold) await hold;
      return fake.app.fetch(req);
    },
  });
  const send = (path: string, init: RequestInit = {}) =>
    gateway.app.fetch(new Request(`http://127.0.0.1:5173${path}`, init));
  const names = async (res: Response) =>
    ((await res.json()) as { id: string; name: string }[]).map((a) => a.name);
  const rename = (name: string) =>
    send(`/api/phone/${FIRST_AGENT_ID}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
  /** Makes upstream GETs wait until the returned function is called. */
  const holdReads = () => {
    let release = () => {};
    hold = new Promise((done) => (release = done));
    return () => {
      hold = null;
      release();
    };
  };
  const gets = () => upstreamCalls.filter((call) => call.startsWith('GET /phone')).length;
  return {
    fake,
    send,
    names,
    rename,
    holdReads,
    gets,
    upstreamCalls,
    advance: (ms: number) => void (clock += ms),
  };
}

describe('GET /phone through the gateway', () => {
  it('makes one upstream call for 10 identical reads at once', async () => {
    const h = harness();
    const release = h.holdReads();
    const reads = Array.from({ length: 10 }, () => h.send('/api/phone'));
    await new Promise((done) => setTimeout(done, 10));
    release();
    const bodies = await Promise.all(reads.map(async (r) => (await r).text()));
    expect(h.gets()).toBe(1);
    expect(new Set(bodies).size).toBe(1);
  });

  it('serves a read at most LIST_CACHE_MS old, then asks again', async () => {
    const h = harness({ listCacheMs: 5000 });
    await h.send('/api/phone');
    h.advance(4999);
    await h.send('/api/phone');
    expect(h.gets()).toBe(1);
    h.advance(1);
    await h.send('/api/phone');
    expect(h.gets()).toBe(2);
  });

  it('the read right after a PATCH sees the PATCH', async () => {
    const h = harness();
    expect((await h.names(await h.send('/api/phone')))[0]).not.toBe('Renamed once');
    expect((await h.rename('Renamed once')).status).toBe(200);
    expect((await h.names(await h.send('/api/phone')))[0]).toBe('Renamed once');
    expect(h.gets()).toBe(2);
  });

  it('never hands a read started before a PATCH to a read made after it', async () => {
    const h = harness();
    const release = h.holdReads();
    const before = h.send('/api/phone');
    await new Promise((done) => setTimeout(done, 5));
    const saved = h.rename('Renamed meanwhile');
    // The PATCH is not a GET, so it is not held.
    expect((await saved).status).toBe(200);
    const after = h.send('/api/phone');
    release();
    await before;
    expect((await h.names(await after))[0]).toBe('Renamed meanwhile');
    expect(h.gets()).toBe(2);
  });

  it('always asks OpenCX for a read with Cache-Control: no-cache (the re-read before a save)', async () => {
    const h = harness();
    await h.send('/api/phone');
    await h.send('/api/phone', { headers: { 'cache-control': 'no-cache' } });
    await h.send('/api/phone', { headers: { 'cache-control': 'no-cache' } });
    expect(h.gets()).toBe(3);
    // The revalidated answer is the freshest: later plain reads use it.
    await h.send('/api/phone');
    expect(h.gets()).toBe(3);
  });

  it('keeps answers apart by page cursor, Accept and fake tenant', async () => {
    const h = harness();
    await h.send('/api/phone');
    await h.send('/api/phone', { headers: { 'x-fake-tenant': 'team-b' } });
    await h.send('/api/phone', { headers: { 'x-fake-tenant': 'team-b' } });
    await h.send('/api/phone', { headers: { accept: 'application/json' } });
    await h.send('/api/phone?cursor=abc');
    expect(h.gets()).toBe(4);
  });

  it('does not keep error answers', async () => {
    const h = harness();
    h.fake.store.addFaults([{ path: '/phone', kind: 'status', status: 500, times: 1 }]);
    expect((await h.send('/api/phone')).status).toBe(500);
    expect((await h.send('/api/phone')).status).toBe(200);
    expect(h.gets()).toBe(2);
  });

  it('one caller going away does not cancel the read the others wait for', async () => {
    const h = harness();
    const release = h.holdReads();
    const leaving = new AbortController();
    const first = h.send('/api/phone', { signal: leaving.signal });
    const second = h.send('/api/phone');
    await new Promise((done) => setTimeout(done, 5));
    leaving.abort();
    release();
    await Promise.resolve(first).catch(() => undefined);
    expect((await second).status).toBe(200);
    expect(h.gets()).toBe(1);
  });

  it('with LIST_CACHE_MS=0 only merges reads in flight', async () => {
    const h = harness({ listCacheMs: 0 });
    await h.send('/api/phone');
    await h.send('/api/phone');
    expect(h.gets()).toBe(2);
  });

  it('compresses answers for browsers that take gzip', async () => {
    const h = harness();
    const plain = await (await h.send('/api/phone')).text();
    const res = await h.send('/api/phone', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('accept-encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(plain.length / 3);
    expect(gunzipSync(bytes).toString()).toBe(plain);
    const refused = await h.send('/api/phone', { headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('with the fake, keeps nothing by default, since its controls change it behind our back', async () => {
    const gateway = createGateway({});
    const store = gateway.fake?.store;
    const read = async () =>
      (
        (await (await gateway.app.fetch(new Request('http://127.0.0.1/api/phone'))).json()) as {
          name: string;
        }[]
      )[0]?.name;
    await read();
    const agent = store?.findAgent(FIRST_AGENT_ID);
    if (agent) agent.name = 'Changed in the store';
    expect(await read()).toBe('Changed in the store');
  });
});
