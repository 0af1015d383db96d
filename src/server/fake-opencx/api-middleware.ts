import type { MiddlewareHandler } from 'hono';
import { DropConnectionError } from './drop-connection-error.ts';
import { errorEnvelope, errorResponse } from './error-envelope.ts';
import type { FakeStore } from './fake-store.ts';
import type { FaultSpec } from './fault-spec.ts';
import { abortableDelay, waitForAbort } from './abortable-wait.ts';

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** Control routes (`/__fake/*`) bypass logging, faults, auth and rate limiting. */
export function apiOnly(handler: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (c.req.path.startsWith('/__fake/') ? next() : handler(c, next));
}

export function requestLog(store: FakeStore): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const text = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text();
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    store.requests.push({ method: c.req.method, path: c.req.path, search: url.search, body });
    await next();
  };
}

function faultResponse(fault: FaultSpec): Response {
  const status = fault.status ?? 500;
  const body = NULL_BODY_STATUSES.has(status)
    ? null
    : (fault.body ?? JSON.stringify(errorEnvelope(status, 'Injected fault')));
  const looksJson = fault.body === undefined || /^\s*[[{]/.test(fault.body);
  const contentType =
    fault.contentType ?? (looksJson ? 'application/json' : 'text/plain; charset=utf-8');
  const headers = new Headers(fault.headers);
  if (body !== null && !headers.has('content-type')) headers.set('content-type', contentType);
  return new Response(body, { status, headers });
}

export function injectFaults(store: FakeStore): MiddlewareHandler {
  return async (c, next) => {
    const fault = store.takeFault(c.req.method, c.req.path);
    if (!fault) return next();
    const signal = c.req.raw.signal;
    switch (fault.kind) {
      case 'status':
        return faultResponse(fault);
      case 'hang':
        return waitForAbort(signal);
      case 'drop':
        throw new DropConnectionError();
      case 'slow':
        await abortableDelay(fault.delayMs ?? 3000, signal);
        return next();
    }
  };
}

export const requireBearer: MiddlewareHandler = async (c, next) => {
  if (!/^Bearer\s+\S+/i.test(c.req.header('authorization') ?? '')) {
    return errorResponse(c, 401, 'Unauthorized');
  }
  await next();
};

export function rateLimit(store: FakeStore): MiddlewareHandler {
  return async (c, next) => {
    const limit = store.config.rateLimitPerMinute;
    if (limit === null) return next();
    const now = Date.now();
    const windowMs = store.config.rateLimitWindowMs;
    store.recentRequestTimes = store.recentRequestTimes.filter((t) => now - t < windowMs);
    const oldest = store.recentRequestTimes[0];
    if (store.recentRequestTimes.length >= limit && oldest !== undefined) {
      const retryAfter = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
      c.header('Retry-After', String(retryAfter));
      return errorResponse(c, 429, 'ThrottlerException: Too Many Requests');
    }
    store.recentRequestTimes.push(now);
    await next();
  };
}
