import { Hono } from 'hono';
import { apiOnly, injectFaults, rateLimit, requestLog, requireBearer } from './api-middleware.ts';
import { controlRoutes } from './control-routes.ts';
import { DropConnectionError } from './drop-connection-error.ts';
import { errorResponse } from './error-envelope.ts';
import { FakeStore } from './fake-store.ts';
import { lookupRoutes } from './lookup-routes.ts';
import { phoneRoutes } from './phone-routes.ts';

export interface FakeOpenCx {
  app: Hono;
  reset(): void;
  store: FakeStore;
}

const isAbort = (err: Error) => err.name === 'AbortError' || err.name === 'TimeoutError';

/** An in-memory OpenCX: the same root paths as https://api.open.cx plus `/__fake/*` controls. */
export function createFakeOpenCx(): FakeOpenCx {
  const store = new FakeStore();
  const app = new Hono();

  // A dropped connection and a caller's abort must reach the caller as rejections, like fetch.
  app.onError((err, c) => {
    if (err instanceof DropConnectionError || isAbort(err)) throw err;
    return errorResponse(c, 500, 'Internal server error');
  });
  app.notFound((c) => errorResponse(c, 404, `Route ${c.req.method} ${c.req.path} not found`));

  app.route('/__fake', controlRoutes(store));
  app.use('*', apiOnly(requestLog(store)));
  app.use('*', apiOnly(injectFaults(store)));
  app.use('*', apiOnly(requireBearer));
  app.use('*', apiOnly(rateLimit(store)));
  app.route('/', lookupRoutes(store));
  app.route('/', phoneRoutes(store));

  return { app, reset: () => store.reset(), store };
}
