import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { HistoryPage } from '../../api/schemas/history.ts';
import type { Database } from '../db/schema.ts';
import { errorResponse } from '../fake-opencx/error-envelope.ts';
import { describeQueryError, encodeCursor, historyQuerySchema } from './history-query.ts';
import { historyScope, type GatewayMode } from './history-scope.ts';
import { listEntries } from './history-store.ts';

export interface HistoryRoutesOptions {
  db: Kysely<Database>;
  mode: GatewayMode;
  unrecorded: () => number;
}

/** `GET /api/history`: read-only; only the gateway writes history, as it forwards changes. */
export function historyRoutes({ db, mode, unrecorded }: HistoryRoutesOptions): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const parsed = historyQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return errorResponse(c, 400, describeQueryError(parsed.error));
    const page = await listEntries(db, historyScope(mode, c.req.raw), parsed.data);
    const body: HistoryPage = {
      entries: page.entries,
      next: page.last ? encodeCursor(page.last) : null,
      unrecorded: unrecorded(),
    };
    return c.json(body, 200, { 'cache-control': 'no-store' });
  });
  app.all('/', (c) => {
    c.header('Allow', 'GET, HEAD');
    return errorResponse(c, 405, `Method ${c.req.method} is not allowed on /api/history`);
  });
  return app;
}
