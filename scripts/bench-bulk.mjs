// Bulk job benchmark: a 1,000-agent job against the in-process fake with every rate limit
// lifted, beside the same 1,000 PATCHes sent directly through the gateway (one at a time, and
// four at a time as the job's runner does), all recorded in History on PGlite in memory. Prints
// agents per second and the process's peak memory above what it used before each run. Not a
// test: nothing here passes or fails.
//
//   npm run bench:bulk [-- --agents=1000 --rounds=2]
import { option, serverModules } from './script-support.mjs';

const AGENTS = option('agents', 1000);
const ROUNDS = option('rounds', 2);

const { load, close } = await serverModules();
const { createGateway } = await load('/src/server/gateway.ts');
const { createFakeOpenCx } = await load('/src/server/fake-opencx/create-fake-opencx.ts');
const { createHistory } = await load('/src/server/history/create-history.ts');
const { openDatabase } = await load('/src/server/db/open-database.ts');
const { createBulkJobs } = await load('/src/server/jobs/bulk-jobs.ts');

const database = await openDatabase({ dataDir: 'memory://' });

function consoleWith({ jobs } = {}) {
  const fake = createFakeOpenCx();
  fake.store.seedAgents(AGENTS);
  const history = createHistory({ db: database.db, log: () => {} });
  const gateway = createGateway({ fake, history, jobs });
  const send = (method, path, body, headers = {}) =>
    gateway.app.fetch(
      new Request(`http://127.0.0.1/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const ids = fake.store.agents.map((agent) => agent.id);
  return { send, ids, history };
}

/** Peak RSS and heap above the level before `run`, sampled every 20 ms. */
async function measured(run) {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  };
  // Also sampled from the loops: a run that only awaits settled promises starves timers.
  const timer = setInterval(sample, 20);
  const started = performance.now();
  await run(sample);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  return { seconds, rssMb: (rss - base.rss) / 2 ** 20, heapMb: (heap - base.heapUsed) / 2 ** 20 };
}

const message = (round) => `Bench round ${round}: new opening hours`;

async function direct(round, parallel) {
  const c = consoleWith();
  await (await c.send('GET', '/phone')).arrayBuffer();
  const result = await measured(async (sample) => {
    let next = 0;
    const worker = async () => {
      while (next < c.ids.length) {
        if (next % 10 === 0) sample();
        const id = c.ids[next++];
        const res = await c.send(
          'PATCH',
          `/phone/${id}`,
          { first_message: message(round) },
          {
            'x-console-source': 'editor',
          },
        );
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`PATCH answered ${res.status}`);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    await c.history.settle();
  });
  c.history.stop();
  return result;
}

async function job(round) {
  const jobs = createBulkJobs({
    db: database.db,
    engine: 'pglite',
    log: (line) => console.log(line),
    ratePerMinute: 1_000_000_000,
    pollMs: 20,
  });
  const c = consoleWith({ jobs });
  const result = await measured(async () => {
    const res = await c.send('POST', '/jobs', {
      agentIds: c.ids,
      edit: { first_message: message(round) },
    });
    if (res.status !== 201) throw new Error(`POST /api/jobs answered ${res.status}`);
    const { id } = await res.json();
    // As a jobs page would: the summaries, four times a second.
    for (;;) {
      const { jobs: list } = await (await c.send('GET', '/jobs')).json();
      const read = list.find((j) => j.id === id);
      if (read.status === 'completed') {
        if (read.counts.done !== AGENTS) throw new Error(`done ${read.counts.done} of ${AGENTS}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await c.history.settle();
  });
  await jobs.stop();
  c.history.stop();
  return result;
}

const runs = {
  'direct PATCH, 1 at a time': (round) => direct(round, 1),
  'direct PATCH, 4 at a time': (round) => direct(round, 4),
  'bulk job (4 workers)': job,
};
const results = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, run] of Object.entries(runs)) results[name].push(await run(round));
}

console.log(`${AGENTS} agents, ${ROUNDS} interleaved rounds, PGlite in memory, History on`);
console.log('run                          | agents/s (best) | peak RSS +MB | peak heap +MB');
for (const [name, list] of Object.entries(results)) {
  const best = Math.max(...list.map((r) => AGENTS / r.seconds));
  const rss = Math.max(...list.map((r) => r.rssMb));
  const heap = Math.max(...list.map((r) => r.heapMb));
  console.log(
    `${name.padEnd(28)} | ${best.toFixed(1).padStart(15)} | ${rss.toFixed(1).padStart(12)} | ` +
      `${heap.toFixed(1).padStart(13)}`,
  );
}
console.log(
  `whole process (Vite, PGlite, three fakes): peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
await database.close();
await close();
