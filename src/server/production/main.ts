import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readDatabaseConfig } from '../db/database-config.ts';
import { openDatabase, type OpenDatabase } from '../db/open-database.ts';
import { createHistory } from '../history/create-history.ts';
import { readRetentionDays } from '../history/history-retention.ts';
import { createBulkJobs, DEFAULT_BULK_RATE_PER_MINUTE } from '../jobs/bulk-jobs.ts';
import { createProductionApp } from './create-production-app.ts';
import { describeStartup } from './describe-startup.ts';
import { closeGracefully } from './graceful-shutdown.ts';
import { createNodeListener } from './node-listener.ts';
import { readServerConfig } from './server-config.ts';
import type { PageRendering } from './server-rendering.ts';

/**
 * `npm start`: reads the configuration, opens the history database and serves the app, its
 * `/api` and, given `pages`, the app's pages rendered on the server.
 */
export async function startProductionServer(pages?: PageRendering) {
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

  // process.env wins over .env.local, which wins over .env (loadEnvFile never overrides).
  for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

  const result = readServerConfig(process.env);
  if (!result.ok) {
    process.stderr.write(`${result.error}\n`);
    process.exit(1);
  }
  const config = result.config;

  let retentionDays: number | undefined;
  let database: OpenDatabase;
  try {
    retentionDays = readRetentionDays(process.env.HISTORY_RETENTION_DAYS);
    database = await openDatabase(readDatabaseConfig(process.env));
  } catch (err) {
    process.stderr.write(`History database: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const history = createHistory({ db: database.db, log, retentionDays });
  const jobs = createBulkJobs({
    db: database.db,
    engine: database.engine,
    log,
    apiKey: config.apiKey,
    ratePerMinute: config.bulkRatePerMinute,
  });
  const { app, gateway } = createProductionApp(config, log, history, jobs, pages);
  if (gateway.mode === 'fake') await history.forgetFakeSnapshots();

  const server = createServer(createNodeListener((request, env) => app.fetch(request, env), log));

  server.on('error', (err: NodeJS.ErrnoException) => {
    process.stderr.write(
      `Could not listen on ${config.host}:${config.port}: ${err.code ?? err.name}\n`,
    );
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(describeStartup(config, gateway.mode, port));
    const engine = database.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
    const kept = retentionDays ? `, entries kept ${retentionDays} days` : '';
    log(`history: ${engine} at ${database.location}${kept}`);
    const fakeLimit =
      gateway.mode === 'fake' && config.fakeRatePerMinute
        ? `; the fake answers 429 past ${config.fakeRatePerMinute} requests a minute`
        : '';
    log(
      `bulk jobs: at most ${config.bulkRatePerMinute ?? DEFAULT_BULK_RATE_PER_MINUTE} sends a minute${fakeLimit}`,
    );
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal}: finishing open requests, then exiting`);
      void closeGracefully(server, 10_000)
        .then(() => jobs.stop())
        .then(() => {
          history.stop();
          return database.close();
        })
        .then(() => process.exit(0));
    });
  }
}
