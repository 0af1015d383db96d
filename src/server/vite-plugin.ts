import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { loadEnv, type Logger, type Plugin, type ResolvedConfig } from 'vite';
import { DropConnectionError } from './fake-opencx/drop-connection-error.ts';
import { errorEnvelope } from './fake-opencx/error-envelope.ts';
import { parseFaultSpecs } from './fake-opencx/fault-spec.ts';
import { readDatabaseConfig } from './db/database-config.ts';
import { acquireDatabase, type DatabaseLease } from './db/shared-database.ts';
import { createGateway, DEFAULT_OPENCX_API_URL, type Gateway } from './gateway.ts';
import { createHistory, type History } from './history/create-history.ts';
import { readRetentionDays } from './history/history-retention.ts';
import { createBulkJobs, type BulkJobs } from './jobs/bulk-jobs.ts';
import { isLoopbackAddress } from './host-names.ts';

export interface GatewayEnv {
  apiKey?: string;
  apiUrl?: string;
  faults?: string;
  /** FAKE_OPENCX_AGENTS: seed the fake with this many agents (a large org) instead of the demo set. */
  agents?: string;
  /** UPSTREAM_MAX_BYTES: the largest answer read from OpenCX. */
  upstreamMaxBytes?: string;
  /** DATA_DIR and DATABASE_URL: where history is kept (src/server/db). */
  dataDir?: string;
  databaseUrl?: string;
  /** HISTORY_RETENTION_DAYS: how many days of history to keep; unset keeps everything. */
  retentionDays?: string;
  /** LIST_CACHE_MS: how old a shared agent list may be. */
  listCacheMs?: string;
  /** BULK_RATE_PER_MINUTE: OpenCX sends bulk jobs may make per minute. */
  bulkRatePerMinute?: string;
  /** FAKE_OPENCX_RATE_PER_MINUTE: the fake answers 429 past this many requests a minute. */
  fakeRatePerMinute?: string;
}

/** process.env wins over `.env.local`/`.env`; none of these is VITE_-prefixed, so none reaches the client. */
export function readGatewayEnv(
  config: Pick<ResolvedConfig, 'mode' | 'root' | 'envDir'>,
): GatewayEnv {
  const fileEnv = loadEnv(config.mode, config.envDir || config.root, '');
  const read = (name: string) => (process.env[name] || fileEnv[name] || '').trim() || undefined;
  return {
    // Tests set this so a key in .env.local can never send their edits to the real OpenCX.
    apiKey: process.env.OPENCX_FORCE_FAKE === '1' ? undefined : read('OPENCX_API_KEY'),
    apiUrl: read('OPENCX_API_URL'),
    faults: read('FAKE_OPENCX_FAULTS'),
    agents: read('FAKE_OPENCX_AGENTS'),
    upstreamMaxBytes: read('UPSTREAM_MAX_BYTES'),
    dataDir: read('DATA_DIR'),
    databaseUrl: read('DATABASE_URL'),
    retentionDays: read('HISTORY_RETENTION_DAYS'),
    listCacheMs: read('LIST_CACHE_MS'),
    bulkRatePerMinute: read('BULK_RATE_PER_MINUTE'),
    fakeRatePerMinute: read('FAKE_OPENCX_RATE_PER_MINUTE'),
  };
}

const wholeNumber = (text: string | undefined, min: number) => {
  const value = Number(text);
  return text && Number.isSafeInteger(value) && value >= min ? value : undefined;
};

function startGateway(
  env: GatewayEnv,
  logger: Logger,
  history?: History,
  jobs?: BulkJobs,
): Gateway {
  const gateway = createGateway({
    apiKey: env.apiKey,
    apiUrl: env.apiUrl,
    upstreamMaxBytes: wholeNumber(env.upstreamMaxBytes, 1),
    listCacheMs: wholeNumber(env.listCacheMs, 0),
    history,
    jobs,
  });
  if (gateway.mode === 'real') {
    logger.info(`OpenCX gateway: forwarding /api to ${env.apiUrl ?? DEFAULT_OPENCX_API_URL}`);
    if (env.faults) logger.warn('OpenCX gateway: FAKE_OPENCX_FAULTS ignored (real OpenCX in use)');
    return gateway;
  }
  logger.info('OpenCX gateway: fake OpenCX (no OPENCX_API_KEY)');
  if (env.faults && gateway.fake) {
    const faults = parseFaultSpecs(env.faults);
    gateway.fake.store.addFaults(faults);
    logger.info(`OpenCX gateway: ${faults.length} fault(s) from FAKE_OPENCX_FAULTS armed`);
  }
  const fakeRate = wholeNumber(env.fakeRatePerMinute, 1);
  if (fakeRate && gateway.fake) {
    gateway.fake.store.defaultRateLimitPerMinute = fakeRate;
    gateway.fake.store.config.rateLimitPerMinute = fakeRate;
    logger.info(`OpenCX gateway: fake answers 429 past ${fakeRate} requests a minute`);
  }
  const agents = Number(env.agents);
  if (env.agents && gateway.fake && Number.isInteger(agents) && agents >= 0) {
    gateway.fake.store.defaultAgentCount = agents;
    gateway.fake.store.seedAgents(agents);
    logger.info(`OpenCX gateway: fake seeded with ${agents} agents (FAKE_OPENCX_AGENTS)`);
  }
  return gateway;
}

/** Connect middleware: `/api/*` goes to the gateway, everything else on to Vite. */
export function createGatewayMiddleware(gateway: Gateway) {
  const listener = getRequestListener(
    async (request, env) => {
      try {
        return await gateway.app.fetch(request);
      } catch (err) {
        // A `drop` fault: kill the socket so the browser sees a network error, not an HTTP answer.
        if (err instanceof DropConnectionError) env.incoming.socket.destroy();
        throw err;
      }
    },
    {
      // Leave Vite's process-wide Request/Response alone.
      overrideGlobalObjects: false,
      errorHandler: (err) =>
        err instanceof DropConnectionError
          ? undefined
          : Response.json(errorEnvelope(500, 'Gateway error'), { status: 500 }),
    },
  );
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!req.url?.startsWith('/api/')) return next();
    // `vite --host` publishes the app; reset, seed and faults stay with this machine.
    if (req.url.startsWith('/api/__fake/') && !isLoopbackAddress(req.socket.remoteAddress)) {
      res.statusCode = 404;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(errorEnvelope(404, 'Not found')));
      return;
    }
    void listener(req, res);
  };
}

export interface OpencxGatewayOptions {
  /** Keep history in the database (DATA_DIR / DATABASE_URL); default true. */
  history?: boolean;
}

interface HttpServerLike {
  once(event: 'close', listener: () => void): unknown;
}

async function openHistory(env: GatewayEnv, logger: Logger, apiKey: string | undefined) {
  const config = readDatabaseConfig({ DATA_DIR: env.dataDir, DATABASE_URL: env.databaseUrl });
  let lease: DatabaseLease;
  let retentionDays: number | undefined;
  try {
    retentionDays = readRetentionDays(env.retentionDays);
    lease = await acquireDatabase(config);
  } catch (err) {
    // Thrown from configureServer: Vite prints the line and does not start.
    throw new Error(`History database: ${(err as Error).message}`, { cause: err });
  }
  const { database } = lease;
  const history = createHistory({
    db: database.db,
    log: (line) => logger.warn(line),
    retentionDays,
  });
  const jobs = createBulkJobs({
    db: database.db,
    engine: database.engine,
    log: (line) => logger.warn(line),
    apiKey,
    ratePerMinute: wholeNumber(env.bulkRatePerMinute, 1),
  });
  // The fake starts from its seed in every process, so what was seen of it before means nothing.
  if (!apiKey) await history.forgetFakeSnapshots();
  const engine = database.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  logger.info(`OpenCX gateway: history in ${engine} at ${database.location}`);
  const close = () => {
    history.stop();
    void jobs.stop().then(() => lease.release());
  };
  return { history, jobs, close };
}

/** Serves `/api/*` from the OpenCX gateway in `vite` dev and `vite preview`. */
export function opencxGateway(options: OpencxGatewayOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  const mount = async (
    middlewares: { use: (fn: ReturnType<typeof createGatewayMiddleware>) => unknown },
    httpServer: HttpServerLike | null,
  ) => {
    if (!config) throw new Error('opencxGateway: configResolved has not run');
    const env = readGatewayEnv(config);
    const opened =
      options.history === false ? undefined : await openHistory(env, config.logger, env.apiKey);
    if (opened) httpServer?.once('close', opened.close);
    middlewares.use(
      createGatewayMiddleware(startGateway(env, config.logger, opened?.history, opened?.jobs)),
    );
  };
  return {
    name: 'opencx-gateway',
    configResolved(resolved) {
      config = resolved;
    },
    async configureServer(server) {
      await mount(server.middlewares, server.httpServer);
    },
    async configurePreviewServer(server) {
      await mount(server.middlewares, server.httpServer);
    },
  };
}
