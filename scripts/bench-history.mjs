// History benchmark: what recording adds to a save. The median round trip of a PATCH through the
// gateway to the in-process fake OpenCX, without history and with it (PGlite in memory, and
// PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names one), in interleaved rounds so
// machine drift hits both alike. Not a test: nothing here passes or fails.
//
//   npm run bench:history [-- --saves=200 --rounds=4]
import { median, option, serverModules } from './script-support.mjs';

const SAVES = option('saves', 200);
const ROUNDS = option('rounds', 4);
const AGENT = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';

const { load, close } = await serverModules();
const { createGateway } = await load('/src/server/gateway.ts');
const { createFakeOpenCx } = await load('/src/server/fake-opencx/create-fake-opencx.ts');
const { createHistory } = await load('/src/server/history/create-history.ts');
const { openDatabase } = await load('/src/server/db/open-database.ts');

function client(history) {
  const gateway = createGateway({ fake: createFakeOpenCx(), history });
  const send = (path, init = {}) =>
    gateway.app.fetch(new Request(`http://127.0.0.1/api${path}`, init));
  return { send };
}

async function timeSaves({ send }, count) {
  await (await send('/phone')).arrayBuffer();
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const res = await send(`/phone/${AGENT}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-console-source': 'editor' },
      body: JSON.stringify({ name: `Bench ${i}`, first_message: `Hello ${i}` }),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`PATCH answered ${res.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

const engines = [{ name: 'PGlite (memory)', config: { dataDir: 'memory://' } }];
const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (url) engines.push({ name: 'PostgreSQL', config: { dataDir: '', databaseUrl: url } });
else
  console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (scripts/test-postgres.sh starts one)');

console.log(`${SAVES} saves x ${ROUNDS} rounds per engine; median PATCH round trip in ms`);
console.log('engine             | without | with   | ratio | added');
for (const engine of engines) {
  const database = await openDatabase(engine.config);
  const history = createHistory({ db: database.db, log: () => {} });
  const without = [];
  const withHistory = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    without.push(...(await timeSaves(client(undefined), SAVES)));
    withHistory.push(...(await timeSaves(client(history), SAVES)));
  }
  history.stop();
  // Leave the shared server as it was found.
  if (engine.config.databaseUrl) {
    await database.db.deleteFrom('history_entries').where('scope', '=', 'fake').execute();
    await database.db.deleteFrom('agent_snapshots').where('scope', '=', 'fake').execute();
  }
  await database.close();
  const a = median(without);
  const b = median(withHistory);
  console.log(
    `${engine.name.padEnd(18)} | ${a.toFixed(2).padStart(7)} | ${b.toFixed(2).padStart(6)} | ` +
      `${(b / a).toFixed(2).padStart(5)} | ${(b - a).toFixed(2)} ms`,
  );
}
await close();
