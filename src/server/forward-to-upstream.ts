import { DropConnectionError } from './fake-opencx/drop-connection-error.ts';
import { errorEnvelope } from './fake-opencx/error-envelope.ts';

export interface Upstream {
  baseUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after'];
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function envelopeResponse(status: number, message: string): Response {
  return Response.json(errorEnvelope(status, message), { status });
}

function describeFailure(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? err.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  return cause ? `${err.message} (${code ?? cause.message})` : err.message;
}

async function readBody(res: Response, redact: (text: string) => string) {
  if (NULL_BODY_STATUSES.has(res.status)) return null;
  const bytes = await res.arrayBuffer();
  if (bytes.byteLength === 0) return null;
  const type = res.headers.get('content-type') ?? '';
  const isBinary = type !== '' && !/json|text|xml|javascript/i.test(type);
  if (!isBinary) return redact(new TextDecoder().decode(bytes));
  // latin1 maps every byte to one character, so a key echoed inside binary data is found too.
  const asLatin1 = Buffer.from(bytes).toString('latin1');
  const redacted = redact(asLatin1);
  return redacted === asLatin1 ? bytes : Buffer.from(redacted, 'latin1');
}

/**
 * Sends `request` (whose path already lacks `/api`) to the upstream with the server-held key;
 * `body` is the request body when the caller already read it (under a size limit).
 * Only an allow-list of headers crosses in either direction, so browser cookies and any
 * Authorization header never reach OpenCX, and nothing upstream-specific leaks back.
 */
export async function forwardToUpstream(
  request: Request,
  path: string,
  upstream: Upstream,
  body?: ArrayBuffer,
): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('authorization', `Bearer ${upstream.apiKey}`);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  if (hasBody && body === undefined && request.body !== null) body = await request.arrayBuffer();

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), upstream.timeoutMs);
  const signal = AbortSignal.any([request.signal, timeout.signal]);
  const redact = (text: string) => text.split(upstream.apiKey).join('[redacted]');
  try {
    const url = `${upstream.baseUrl}${path}${new URL(request.url).search}`;
    const init: RequestInit = { method: request.method, headers, signal };
    if (body && body.byteLength > 0) init.body = body;
    const res = await upstream.fetch(url, init);
    const out = new Headers();
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) out.set(name, redact(value));
    }
    return new Response(await readBody(res, redact), { status: res.status, headers: out });
  } catch (err) {
    if (err instanceof DropConnectionError) throw err;
    if (timeout.signal.aborted) {
      return envelopeResponse(504, `OpenCX did not answer within ${upstream.timeoutMs / 1000} s`);
    }
    // The browser went away; nobody reads this answer.
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return envelopeResponse(502, redact(`Could not reach OpenCX: ${describeFailure(err)}`));
  } finally {
    clearTimeout(timer);
  }
}
