import type { MiddlewareHandler } from 'hono';
import { hostnameOf, isAllowedHostname } from '../host-names.ts';

/** Answers 421 to a Host not in the list: the defence against DNS rebinding. */
export function hostCheck(allowedHosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = hostnameOf(c.req.header('host') ?? new URL(c.req.url).host);
    if (!isAllowedHostname(host, allowedHosts)) {
      return c.text(`Host "${host.slice(0, 100)}" is not served here; see ALLOWED_HOSTS`, 421);
    }
    await next();
  };
}
