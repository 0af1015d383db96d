import { DropConnectionError } from './fake-opencx/drop-connection-error.ts';
import type { Gateway } from './gateway.ts';

/**
 * For mounting the gateway in MSW: a `drop` fault becomes `Response.error()`, which MSW turns
 * into a fetch rejection (TypeError), the same thing a browser sees when a connection dies.
 */
export async function fetchThroughGateway(gateway: Gateway, request: Request): Promise<Response> {
  try {
    return await gateway.app.fetch(request);
  } catch (err) {
    if (err instanceof DropConnectionError) return Response.error();
    throw err;
  }
}
