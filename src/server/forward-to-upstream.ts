import { DropConnectionError } from './fake-opencx/drop-connection-error.ts';
import { createKeyRedactor } from './key-redactor.ts';
import {
  DEFAULT_UPSTREAM_MAX_BYTES,
  envelopeAnswer,
  readUpstreamAnswer,
  type UpstreamAnswer,
} from './upstream-answer.ts';

export interface Upstream {
  baseUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Largest answer read from OpenCX, in bytes; default 32 MiB. */
  maxBodyBytes?: number;
}

const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept'];
const redactors = new Map<string, (text: string) => string>();

function redactorFor(key: string): (text: string) => string {
  let redact = redactors.get(key);
  if (!redact) {
    redact = createKeyRedactor(key);
    redactors.set(key, redact);
  }
  return redact;
}

function describeFailure(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? err.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  return cause ? `${err.message} (${code ?? cause.message})` : err.message;
}

/**
 * Sends one call to the upstream with the server-held key. `pathAndQuery` lacks `/api` and holds
 * only allowed query parameters; `body` is the request body when the caller already read it
 * (under a size limit). Only an allow-list of headers crosses, so browser cookies and any
 * Authorization header never reach OpenCX; redirects are never followed, so the key is never
 * replayed to wherever a redirect points.
 */
export async function forwardToUpstream(
  request: Request,
  pathAndQuery: string,
  upstream: Upstream,
  body?: ArrayBuffer,
): Promise<UpstreamAnswer> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('authorization', `Bearer ${upstream.apiKey}`);

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), upstream.timeoutMs);
  const signal = AbortSignal.any([request.signal, timeout.signal]);
  const redact = redactorFor(upstream.apiKey);
  try {
    const init: RequestInit = { method: request.method, headers, signal, redirect: 'manual' };
    if (body && body.byteLength > 0 && request.method !== 'GET' && request.method !== 'HEAD') {
      init.body = body;
    }
    const res = await upstream.fetch(`${upstream.baseUrl}${pathAndQuery}`, init);
    return await readUpstreamAnswer(
      res,
      redact,
      upstream.maxBodyBytes ?? DEFAULT_UPSTREAM_MAX_BYTES,
    );
  } catch (err) {
    if (err instanceof DropConnectionError) throw err;
    if (timeout.signal.aborted) {
      return envelopeAnswer(504, `OpenCX did not answer within ${upstream.timeoutMs / 1000} s`);
    }
    // The browser went away; nobody reads this answer.
    if (request.signal.aborted) return { status: 499, body: null };
    return envelopeAnswer(502, redact(`Could not reach OpenCX: ${describeFailure(err)}`));
  } finally {
    clearTimeout(timer);
  }
}
