import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { DropConnectionError } from '../fake-opencx/drop-connection-error.ts';
import { errorEnvelope } from '../fake-opencx/error-envelope.ts';
import { createGateway, type Gateway } from '../gateway.ts';
import type { GatewayHistory } from '../history/gateway-history.ts';
import type { GatewayJobs } from '../jobs/bulk-jobs.ts';
import { isLoopbackAddress } from '../host-names.ts';
import { accessControl, type ProductionEnv } from './access-control.ts';
import { clientAddress } from './client-address.ts';
import { hostCheck } from './host-check.ts';
import { requestLog, type LogLine } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';
import type { ServerConfig } from './server-config.ts';
import { serverRendering, type PageRendering } from './server-rendering.ts';
import { loadAssets, staticAssets } from './static-assets.ts';

export interface ProductionApp {
  app: Hono<ProductionEnv>;
  gateway: Gateway;
}

/** Everything `npm start` serves, as one fetch handler: built app, `/api` gateway, health. */
export function createProductionApp(
  config: ServerConfig,
  log: LogLine,
  history?: GatewayHistory,
  jobs?: GatewayJobs,
  pages?: PageRendering,
): ProductionApp {
  const gateway = createGateway({
    apiKey: config.apiKey,
    apiUrl: config.apiUrl,
    allowedOrigins: config.allowedOrigins,
    allowedHosts: config.allowedHosts,
    upstreamMaxBytes: config.upstreamMaxBytes,
    history,
    jobs,
    listCacheMs: config.listCacheMs,
  });
  if (gateway.fake && config.fakeRatePerMinute) {
    gateway.fake.store.defaultRateLimitPerMinute = config.fakeRatePerMinute;
    gateway.fake.store.config.rateLimitPerMinute = config.fakeRatePerMinute;
  }
  const app = new Hono<ProductionEnv>();
  app.onError((err, c) => {
    if (err instanceof DropConnectionError) throw err;
    // The name only: a message could quote a header or a body.
    log(`error ${c.req.method} ${new URL(c.req.url).pathname}: ${err.name}`);
    return c.json(errorEnvelope(500, 'Server error'), 500);
  });
  app.notFound((c) => c.json(errorEnvelope(404, 'Not found'), 404));

  app.use('*', securityHeaders);
  app.use('*', requestLog(log));
  // Probes from a load balancer carry no credentials and may use any Host.
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'cache-control': 'no-store' }));
  app.use('*', hostCheck(config.allowedHosts));
  const access = accessControl(config);
  if (access) app.use('*', access);
  app.use('*', compress());
  // Reset, seed and faults are for whoever sits at this machine, even when HOST publishes the demo.
  app.all('/api/__fake/*', async (c, next) => {
    if (!isLoopbackAddress(clientAddress(c))) return c.json(errorEnvelope(404, 'Not found'), 404);
    await next();
  });
  // The signed-in user travels as the gateway's env, for the history it records.
  app.all('/api/*', (c) => gateway.app.fetch(c.req.raw, { user: c.get('user') }));
  if (pages) {
    app.use(
      '*',
      serverRendering({ ...pages, gateway, distDir: config.distDir, timeoutMs: 1500, log }),
    );
  }
  app.use('*', staticAssets(loadAssets(config.distDir)));

  return { app, gateway };
}
