import { Hono } from 'hono';
import { createFakeOpenCx, type FakeOpenCx } from './fake-opencx/create-fake-opencx.ts';
import { DropConnectionError } from './fake-opencx/drop-connection-error.ts';
import { errorResponse } from './fake-opencx/error-envelope.ts';
import { createFakeTenants } from './fake-opencx/fake-tenants.ts';
import { forwardToUpstream, type Upstream } from './forward-to-upstream.ts';
import { decideGatewayRoute } from './gateway-allow-list.ts';
import { answerResponse, API_ANSWER_HEADERS } from './answer-response.ts';
import type { ForwardToOpenCx, GatewayHistory } from './history/gateway-history.ts';
import type { GatewayJobs } from './jobs/bulk-jobs.ts';
import { DEFAULT_LIST_CACHE_MS, ListReadCache } from './list-read-cache.ts';
import type { UpstreamAnswer } from './upstream-answer.ts';
import { DEFAULT_MAX_BODY_BYTES, readLimitedBody } from './read-limited-body.ts';
import { isForeignStateChange } from './same-origin-check.ts';

export interface GatewayOptions {
  apiKey?: string;
  /** Default https://api.open.cx */
  apiUrl?: string;
  /** For tests: replaces the global fetch used to reach the real API. */
  upstreamFetch?: typeof fetch;
  /** Used when no apiKey is given; a fresh fake is created otherwise. */
  fake?: FakeOpenCx;
  /** Default 20 000 ms. */
  upstreamTimeoutMs?: number;
  /** Largest answer read from OpenCX (UPSTREAM_MAX_BYTES); default 32 MiB. */
  upstreamMaxBytes?: number;
  /** Largest request body accepted, in bytes; default 256 KiB. */
  maxBodyBytes?: number;
  /** Origins besides the request's own host allowed to send state-changing requests. */
  allowedOrigins?: readonly string[];
  /** Host names the server is published under; an Origin outside them is foreign. */
  allowedHosts?: readonly string[];
  /** Records the changes that pass through and serves GET /api/history (src/server/history). */
  history?: GatewayHistory;
  /** Bulk jobs (src/server/jobs): serves /api/jobs and sends through this gateway. */
  jobs?: GatewayJobs;
  /**
   * LIST_CACHE_MS: how old a shared `GET /phone` answer may be; 0 only merges identical reads in
   * flight; null turns both off. Default 5000 against OpenCX, null with the fake, whose controls
   * change its data behind the gateway's back.
   */
  listCacheMs?: number | null;
  /** For tests: the clock of the list cache. */
  now?: () => number;
}

export interface Gateway {
  app: Hono;
  mode: 'real' | 'fake';
  fake?: FakeOpenCx;
}

export const DEFAULT_OPENCX_API_URL = 'https://api.open.cx';
const FAKE_BASE_URL = 'http://fake-opencx.local';

function stripApiPrefix(path: string): string {
  return path.slice('/api'.length) || '/';
}

/**
 * What selects a different answer for the same path: the headers that reach the upstream, and
 * the fake's tenant, which picks one of its stores.
 */
function listReadKey(request: Request, pathAndQuery: string): string {
  const header = (name: string) => request.headers.get(name) ?? '';
  return JSON.stringify([pathAndQuery, header('accept'), header('x-fake-tenant')]);
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The production app passes the signed-in user as the fetch env: `{ user }`. */
function userOf(env: unknown): string | undefined {
  const user = env && typeof env === 'object' && 'user' in env ? env.user : undefined;
  return typeof user === 'string' ? user : undefined;
}

function fakeUpstream(
  fake: FakeOpenCx,
  timeoutMs: number,
  maxBodyBytes: number | undefined,
): Upstream {
  return {
    baseUrl: FAKE_BASE_URL,
    apiKey: 'fake-local-key',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      // Node's Request follows init.signal through a controller it holds only weakly: after a
      // garbage collection the gateway's timeout could be lost and a hang fault never end, even
      // with the Request itself held. Hand the fake the gateway's own signal instead.
      if (init?.signal) Object.defineProperty(request, 'signal', { value: init.signal });
      return fake.app.fetch(request);
    },
    timeoutMs,
    maxBodyBytes,
  };
}

/**
 * The app's `/api/*`: the browser never holds the OpenCX key, so this adds it server-side. Without
 * a key it answers from the in-process fake through the very same forwarding code.
 */
export function createGateway(options: GatewayOptions = {}): Gateway {
  const timeoutMs = options.upstreamTimeoutMs ?? 20_000;
  const fake = options.apiKey ? undefined : (options.fake ?? createFakeOpenCx());
  // Only the fake has tenants; the header is never forwarded to the real OpenCX.
  const tenants = fake ? createFakeTenants(fake) : undefined;
  const upstream: Upstream = {
    baseUrl: (options.apiUrl ?? DEFAULT_OPENCX_API_URL).replace(/\/+$/, ''),
    apiKey: options.apiKey ?? '',
    fetch: options.upstreamFetch ?? fetch,
    timeoutMs,
    maxBodyBytes: options.upstreamMaxBytes,
  };
  const mode: Gateway['mode'] = fake ? 'fake' : 'real';
  const listCacheMs =
    options.listCacheMs === undefined ? (fake ? null : DEFAULT_LIST_CACHE_MS) : options.listCacheMs;
  const listCache =
    listCacheMs === null ? null : new ListReadCache({ maxAgeMs: listCacheMs, now: options.now });

  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof DropConnectionError) throw err;
    return errorResponse(c, 500, 'Gateway error');
  });
  app.notFound((c) => errorResponse(c, 404, `Route ${c.req.method} ${c.req.path} not found`));

  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.use('/api/*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(API_ANSWER_HEADERS)) c.res.headers.set(name, value);
  });
  app.use('/api/*', async (c, next) => {
    if (
      isForeignStateChange(c.req.raw, {
        allowedOrigins: options.allowedOrigins,
        allowedHosts: options.allowedHosts,
      })
    ) {
      return errorResponse(c, 403, 'Cross-origin request refused: use the console itself');
    }
    await next();
  });

  app.get('/api/__gateway/mode', (c) => c.json({ mode }));
  app.all('/api/__fake/*', async (c) => {
    if (!tenants) return errorResponse(c, 404, `Route ${c.req.method} ${c.req.path} not found`);
    // Reset, seed, faults and deletes change what OpenCX would answer.
    listCache?.invalidate();
    options.jobs?.sawFakeControl(c.req.raw);
    const body = await readLimitedBody(c.req.raw, maxBodyBytes);
    if (!body.ok) return errorResponse(c, 413, `Request body is over ${kib(maxBodyBytes)}`);
    const url = new URL(c.req.url);
    url.pathname = stripApiPrefix(url.pathname);
    const raw = c.req.raw;
    return tenants
      .fakeFor(raw)
      .app.fetch(new Request(url, { method: raw.method, headers: raw.headers, body: body.bytes }));
  });
  const { history } = options;
  if (history) app.route('/api/history', history.routes(mode));
  if (options.jobs) {
    // The job runner's saves take the same path as the editor's: key, cache, History.
    app.route(
      '/api/jobs',
      options.jobs.routes(mode, async (request, env) => app.fetch(request, env)),
    );
  }
  app.all('/api/*', async (c) => {
    // The raw path, still percent-encoded, so `%2F` inside an ID is seen and refused.
    const url = new URL(c.req.url);
    const decision = decideGatewayRoute(c.req.method, stripApiPrefix(url.pathname), url.search);
    if (decision.kind === 'refuse') {
      if (decision.allow) c.header('Allow', decision.allow);
      return errorResponse(c, decision.status, decision.message);
    }
    const body = await readLimitedBody(c.req.raw, maxBodyBytes);
    if (!body.ok) {
      return errorResponse(
        c,
        413,
        `The request is too large: the app server accepts at most ${kib(maxBodyBytes)} per save`,
      );
    }
    const request = c.req.raw;
    const target = tenants
      ? fakeUpstream(tenants.fakeFor(request), timeoutMs, options.upstreamMaxBytes)
      : upstream;
    const direct: ForwardToOpenCx = (from, pathAndQuery, bytes) =>
      forwardToUpstream(from, pathAndQuery, target, bytes);
    const path = decision.pathAndQuery;
    const user = userOf(c.env);
    const forward = (from: Request) =>
      history
        ? history.forwardAndRecord({
            request: from,
            path,
            body: body.bytes,
            mode,
            user,
            forward: direct,
          })
        : direct(from, path, body.bytes);
    let answer: UpstreamAnswer;
    if (listCache && request.method === 'GET' && decision.route === '/phone') {
      // Shared by every caller, so no one caller's disconnect may cancel it.
      const detached = new Request(request.url, { headers: request.headers });
      const revalidate = /\bno-cache\b/i.test(request.headers.get('cache-control') ?? '');
      answer = await listCache.read(
        listReadKey(request, path),
        () => forward(detached),
        revalidate,
      );
    } else if (request.method === 'PATCH') {
      listCache?.invalidate();
      try {
        answer = await forward(request);
      } finally {
        listCache?.invalidate();
      }
      options.jobs?.sawSave(mode, request, answer);
    } else {
      answer = await forward(request);
    }
    return answerResponse(answer, request);
  });

  return { app, mode, fake };
}
