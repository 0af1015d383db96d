import type * as z from 'zod/mini';
import { ApiError, apiErrorFromBody } from './api-error.ts';

export const API_BASE_PATH = '/api';
export const DEFAULT_TIMEOUT_MS = 15_000;
let defaultTimeoutMs = DEFAULT_TIMEOUT_MS;

/** How long a request may take when its caller names no limit; tests shorten it, null restores. */
export function setDefaultTimeoutMs(timeoutMs: number | null): void {
  defaultTimeoutMs = timeoutMs ?? DEFAULT_TIMEOUT_MS;
}

export interface ApiRequestInit {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON when defined. */
  body?: unknown;
  /** The caller's cancellation (react-query's); its abort error is re-thrown untouched. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Ask the app server for OpenCX's current answer, never its few-seconds-old shared copy. */
  revalidate?: boolean;
  /** Extra headers for the app's own server (OpenCX never sees them: the gateway allow-lists). */
  headers?: Record<string, string>;
}

/** How a request reaches `/api`: the browser's fetch, or the server's own gateway when it renders. */
export type ApiTransport = (url: string, init: RequestInit) => Promise<Response>;
let transport: ApiTransport = (url, init) => fetch(url, init);

/** The server, rendering a page, answers the page's requests itself instead of over the network. */
export function setApiTransport(next: ApiTransport): void {
  transport = next;
}

/** `/api<path>`, absolute when there is a page origin (a test DOM under MSW needs a full URL). */
export function apiUrl(path: string): string {
  // No location on the server, where a page being rendered asks with the path alone.
  const origin = (globalThis as { location?: { origin: string } }).location?.origin;
  const relative = `${API_BASE_PATH}${path}`;
  return origin && origin !== 'null' ? new URL(relative, origin).toString() : relative;
}

/**
 * Calls the app's own `/api` (the server adds the OpenCX key) and parses a 2xx answer with
 * `schema`. An empty body reaches the schema as `undefined`, so a schema decides whether empty is
 * fine. Every failure except the caller's own abort becomes an ApiError.
 */
export function apiRequest(path: string, schema: null, init?: ApiRequestInit): Promise<undefined>;
export function apiRequest<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  init?: ApiRequestInit,
): Promise<z.output<S>>;
export async function apiRequest<S extends z.ZodMiniType>(
  path: string,
  schema: S | null,
  init: ApiRequestInit = {},
): Promise<z.output<S> | undefined> {
  const method = init.method ?? 'GET';
  const { response, text } = await exchange(path, method, init);
  if (!response.ok) throw apiErrorFromBody(response, text, { method, path });
  if (schema === null) return undefined;

  const label = `${method} ${path}`;
  let data: unknown = undefined;
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const what = /^\s*</.test(text) ? 'an HTML page instead of JSON' : 'not JSON';
      throw ApiError.invalidResponse(label, `it was ${what}`, {
        status: response.status,
        body: text,
        cause: error,
      });
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw ApiError.fromInvalidResponse(label, parsed.error, {
      status: response.status,
      body: data,
    });
  }
  return parsed.data;
}

/** Fetches and reads the whole body under one deadline, so a slow body times out too. */
async function exchange(
  path: string,
  method: string,
  init: ApiRequestInit,
): Promise<{ response: Response; text: string }> {
  init.signal?.throwIfAborted();
  const timeoutMs = init.timeoutMs ?? defaultTimeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const callerSignal = init.signal;
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });

  const headers: Record<string, string> = { ...init.headers, accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.revalidate) headers['cache-control'] = 'no-cache';
  const failure = (error: unknown): unknown => {
    if (callerSignal?.aborted) return error;
    return timedOut ? ApiError.timeout(timeoutMs) : ApiError.network(error);
  };
  try {
    let response: Response;
    try {
      // The browser's build has no server transport at all (import.meta.env.SSR is false there).
      response = await (import.meta.env.SSR ? transport : fetch)(apiUrl(path), {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
      });
    } catch (error) {
      throw failure(error);
    }
    try {
      return { response, text: await response.text() };
    } catch (error) {
      // A failed status still says what went wrong even when its body was cut off.
      if (!response.ok && !controller.signal.aborted) return { response, text: '' };
      throw failure(error);
    }
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}
