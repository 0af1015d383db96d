import type { MiddlewareHandler } from 'hono';

/**
 * No inline script may run, so a string from an agent that slipped into the DOM as markup still
 * could not execute. Styles allow 'unsafe-inline' because Mantine injects `<style>` tags at
 * runtime. Media may be any https URL: the real OpenCX serves voice previews from its own CDN.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** `/api` answers are data, never a page: nothing may load, and a browser shown one sandboxes it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), ' +
    'interest-cohort=(), browsing-topics=()',
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  if (new URL(c.req.url).pathname.startsWith('/api/')) {
    c.res.headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
    c.res.headers.set('cache-control', 'no-store');
  }
};
