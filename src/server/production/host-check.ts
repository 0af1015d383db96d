import type { MiddlewareHandler } from 'hono';

export function hostnameOf(hostHeader: string): string {
  const bracketed = /^\[[^\]]*\]/.exec(hostHeader);
  if (bracketed) return bracketed[0].toLowerCase();
  return hostHeader.replace(/:\d*$/, '').toLowerCase();
}

/** Answers 421 to a Host not in the list: the defence against DNS rebinding. */
export function hostCheck(allowedHosts: readonly string[] | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!allowedHosts) return next();
    const host = hostnameOf(c.req.header('host') ?? new URL(c.req.url).host);
    if (!allowedHosts.includes(host)) {
      return c.text(`Host "${host.slice(0, 100)}" is not served here; see ALLOWED_HOSTS`, 421);
    }
    await next();
  };
}
