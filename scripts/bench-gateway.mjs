// Gateway benchmark: upstream calls per minute for 10 open editors, before (every browser read
// forwarded, as the gateway did without LIST_CACHE_MS) and after (identical reads in flight
// merged, answers shared for LIST_CACHE_MS, bypassed after a PATCH and by the re-read before a
// save), and the bytes of one 10,000-agent list, plain and gzip.
//
// The editors run on a simulated clock, so the figures are the same on any machine: each opens
// at a random moment in the first 30 s and reads the list, voices, actions and scenarios; re-reads
// the list every 60 s and on window focus (about twice a minute) once its copy is 30 s old; and
// saves about every 2 minutes (a no-cache re-read of the list, then a PATCH). OpenCX takes 600 ms
// to answer. Not a test: nothing here passes or fails.
//
//   npm run bench:gateway [-- --minutes=10 --editors=10 --cache-ms=5000 --seed=7]
import { gzipSync } from 'node:zlib';
import { option, serverModules } from './script-support.mjs';

const MINUTES = option('minutes', 10);
const EDITORS = option('editors', 10);
const CACHE_MS = option('cache-ms', 5000);
const SEED = option('seed', 7);
const LATENCY_MS = 600;
const KEY = 'ocx_live_BENCH_not_a_real_key';

const { load, close } = await serverModules();
const { createGateway } = await load('/src/server/gateway.ts');
const { createFakeOpenCx } = await load('/src/server/fake-opencx/create-fake-opencx.ts');
const { createPrng } = await load('/src/server/fake-opencx/prng.ts');

/** One run on a simulated clock: events and upstream answers happen in time order. */
async function simulate(listCacheMs) {
  const fake = createFakeOpenCx();
  fake.store.seedAgents(200);
  const agentIds = fake.store.agents.map((a) => a.id);
  const random = createPrng(SEED);
  let clock = 0;
  const events = [];
  const at = (time, run) => {
    events.push({ time, run });
    events.sort((a, b) => a.time - b.time);
  };
  const upstream = { total: 0, list: 0, patch: 0 };
  const browser = { list: 0, patch: 0 };
  const gateway = createGateway({
    apiKey: KEY,
    apiUrl: 'http://opencx.bench',
    listCacheMs,
    now: () => clock,
    upstreamFetch: (input, init) => {
      const request = new Request(input, init);
      upstream.total += 1;
      if (request.method === 'PATCH') upstream.patch += 1;
      else if (new URL(request.url).pathname === '/phone') upstream.list += 1;
      return new Promise((resolve) =>
        at(clock + LATENCY_MS, () => resolve(fake.app.fetch(request))),
      );
    },
  });
  const send = (path, init = {}) =>
    gateway.app.fetch(new Request(`http://127.0.0.1:5173/api${path}`, init)).then((r) => r.text());

  const end = MINUTES * 60_000;
  const exponential = (perMinute) => (-Math.log(1 - random()) / perMinute) * 60_000;
  for (let editor = 0; editor < EDITORS; editor += 1) {
    const state = { readAt: -Infinity };
    const id = agentIds[editor % agentIds.length];
    const readList = (headers = {}) => {
      browser.list += 1;
      return send('/phone', { headers }).then(() => void (state.readAt = clock));
    };
    const opensAt = random() * 30_000;
    at(opensAt, () => {
      void readList();
      for (const path of ['/phone/voices', '/actions', '/training?limit=100&offset=0'])
        void send(path);
      for (let t = opensAt + 60_000; t < end; t += 60_000) at(t, () => void readList());
    });
    for (let t = opensAt + exponential(2); t < end; t += exponential(2)) {
      at(t, () => (clock - state.readAt >= 30_000 ? void readList() : undefined));
    }
    for (let t = opensAt + exponential(0.5); t < end; t += exponential(0.5)) {
      at(t, () => {
        void readList({ 'cache-control': 'no-cache' }).then(() => {
          browser.patch += 1;
          return send(`/phone/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: `Saved at ${Math.round(clock)}` }),
          });
        });
      });
    }
  }
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await new Promise((done) => setImmediate(done));
  };
  while (events.length > 0) {
    const next = events.shift();
    clock = next.time;
    next.run();
    await settle();
  }
  return { upstream, browser };
}

const after = await simulate(CACHE_MS);
// Before: the same browsers, and every read forwarded as it arrives.
const before = await simulate(null);

const perMinute = (n) => (n / MINUTES).toFixed(1);
const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
const rows = [
  ['upstream calls / min (all)', before.upstream.total, after.upstream.total],
  ['  GET /phone / min', before.upstream.list, after.upstream.list],
  ['  PATCH / min', before.upstream.patch, after.upstream.patch],
];
console.log(
  `\n${EDITORS} open editors, ${MINUTES} simulated minutes, LIST_CACHE_MS=${CACHE_MS}, ` +
    `OpenCX answering in ${LATENCY_MS} ms\n`,
);
console.log('| measure                      | before | after | after / before |');
console.log('| ---------------------------- | -----: | ----: | -------------: |');
for (const [label, b, a] of rows) {
  console.log(
    `| ${label.padEnd(28)} | ${perMinute(b).padStart(6)} | ${perMinute(a).padStart(5)} | ${ratio(a, b).padStart(14)} |`,
  );
}
console.log(
  `\nBrowser requests were the same in both runs: ${perMinute(after.browser.list)} list reads and ${perMinute(after.browser.patch)} saves a minute.`,
);

// Bytes of one list read at 10,000 agents, as the browser receives it.
const big = createFakeOpenCx();
big.store.seedAgents(10_000);
const gateway = createGateway({ fake: big, listCacheMs: CACHE_MS });
const plain = Buffer.from(
  await (await gateway.app.fetch(new Request('http://127.0.0.1/api/phone'))).arrayBuffer(),
);
const zipped = await gateway.app.fetch(
  new Request('http://127.0.0.1/api/phone', { headers: { 'accept-encoding': 'gzip' } }),
);
const zippedBytes = (await zipped.arrayBuffer()).byteLength;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `\nOne GET /phone at 10,000 agents: ${mb(plain.byteLength)} plain, ${mb(zippedBytes)} gzip ` +
    `(${zipped.headers.get('content-encoding') ?? 'not compressed'}; ratio ${ratio(zippedBytes, plain.byteLength)}; ` +
    `level-9 reference ${ratio(gzipSync(plain, { level: 9 }).byteLength, plain.byteLength)}).`,
);
await close();
