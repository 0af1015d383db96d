import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** The peer's address when served by @hono/node-server; undefined in tests that call fetch(). */
export function clientAddress(c: Context): string | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  return (env.incoming as IncomingMessage | undefined)?.socket?.remoteAddress;
}
