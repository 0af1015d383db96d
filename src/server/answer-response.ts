import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { NULL_BODY_STATUSES, type UpstreamAnswer } from './upstream-answer.ts';

const gzipAsync = promisify(gzip);
const MIN_COMPRESSED_BYTES = 1024;

// The answers are one person's view of the org's agents: no cache in between may keep them, and
// a body a browser might render anyway runs in a sandbox without this origin.
export const API_ANSWER_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'content-security-policy': 'sandbox',
  'x-content-type-options': 'nosniff',
};

// A shared list answer is compressed once, however many editors it is served to.
const compressed = new WeakMap<UpstreamAnswer, Promise<Buffer>>();

export function acceptsGzip(request: Request): boolean {
  const header = request.headers.get('accept-encoding') ?? '';
  return /(^|,)\s*(gzip|\*)\s*(,|;(?!\s*q=0(\.0*)?\s*(,|$))|$)/i.test(header);
}

function gzipped(answer: UpstreamAnswer, body: string): Promise<Buffer> {
  let promise = compressed.get(answer);
  if (!promise) {
    promise = gzipAsync(body);
    compressed.set(answer, promise);
  }
  return promise;
}

/** The browser's Response for an answer, gzip-compressed when the browser takes it. */
export async function answerResponse(answer: UpstreamAnswer, request: Request): Promise<Response> {
  const headers = new Headers(API_ANSWER_HEADERS);
  if (answer.retryAfter !== undefined) headers.set('retry-after', answer.retryAfter);
  const body = NULL_BODY_STATUSES.has(answer.status) ? null : answer.body;
  if (body === null) return new Response(null, { status: answer.status, headers });
  headers.set('content-type', 'application/json');
  headers.set('vary', 'accept-encoding');
  if (body.length < MIN_COMPRESSED_BYTES || !acceptsGzip(request)) {
    return new Response(body, { status: answer.status, headers });
  }
  headers.set('content-encoding', 'gzip');
  return new Response(new Uint8Array(await gzipped(answer, body)), {
    status: answer.status,
    headers,
  });
}
