import { getRequestListener, RequestError } from '@hono/node-server';
import { DropConnectionError } from '../fake-opencx/drop-connection-error.ts';
import { errorEnvelope } from '../fake-opencx/error-envelope.ts';
import type { LogLine } from './request-log.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

type FetchHandler = (request: Request, env: unknown) => Response | Promise<Response>;

function plainAnswer(status: 400 | 500, message: string): Response {
  return Response.json(errorEnvelope(status, message), {
    status,
    headers: { ...SECURITY_HEADERS, 'cache-control': 'no-store' },
  });
}

/**
 * The Node request listener for `npm start`. A request Node accepts but no URL can be built from
 * (a backslash in the path, `Host: localhost:`, `OPTIONS *`) never reaches the app, so it is
 * answered here: 400, with the same headers and a log line like any other request.
 */
export function createNodeListener(fetchHandler: FetchHandler, log: LogLine) {
  return getRequestListener(
    async (request, env) => {
      try {
        return await fetchHandler(request, env);
      } catch (err) {
        // A fake `drop` fault: end the socket so the browser sees a network error.
        if (err instanceof DropConnectionError) env.incoming.socket.destroy();
        throw err;
      }
    },
    {
      errorHandler: (err) => {
        if (err instanceof DropConnectionError) return undefined;
        if (err instanceof RequestError) {
          log(`- (malformed request: ${err.message.slice(0, 80)}) 400`);
          return plainAnswer(400, 'Malformed request');
        }
        log(`error: ${err instanceof Error ? err.name : 'unknown'} 500`);
        return plainAnswer(500, 'Server error');
      },
    },
  );
}
