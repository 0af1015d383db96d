import type { MiddlewareHandler } from 'hono';
import type { ProductionEnv } from './access-control.ts';

export type LogLine = (line: string) => void;

/**
 * One line per request: method, path, status, time, user. No query string, headers or bodies:
 * those are where credentials and customer data would be.
 */
export function requestLog(write: LogLine): MiddlewareHandler<ProductionEnv> {
  return async (c, next) => {
    const started = performance.now();
    let status = 500;
    try {
      await next();
      status = c.res.status;
    } finally {
      const ms = Math.round(performance.now() - started);
      const user = c.get('user');
      const path = new URL(c.req.url).pathname.slice(0, 200);
      const who = user ? ` user=${user.replace(/[^\x20-\x7e]/g, '?').slice(0, 64)}` : '';
      write(`${c.req.method} ${path} ${status} ${ms}ms${who}`);
    }
  };
}
