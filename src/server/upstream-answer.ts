import { errorEnvelope } from './fake-opencx/error-envelope.ts';

/**
 * What the gateway answers for one forwarded call, as plain data: the one place a PATCH's answer
 * and a list read's answer pass through, so they can be cached or recorded before they become a
 * Response. `body` is JSON text (already checked and redacted) or null for an empty answer.
 */
export interface UpstreamAnswer {
  status: number;
  body: string | null;
  retryAfter?: string;
}

export const DEFAULT_UPSTREAM_MAX_BYTES = 32 * 1024 * 1024;
export const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const MAX_MESSAGE_CHARS = 1000;

export function envelopeAnswer(status: number, message: string | string[]): UpstreamAnswer {
  return { status, body: JSON.stringify(errorEnvelope(status, message)) };
}

export class UpstreamTooLargeError extends Error {
  override name = 'UpstreamTooLargeError';
}

/** Reads at most `maxBytes`, counting while it streams, so a huge answer never sits in memory. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    if (declared > maxBytes) throw new UpstreamTooLargeError();
    return new Uint8Array(0);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new UpstreamTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describeNonJson(type: string, text: string): string {
  if (/html/i.test(type) || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(text)) {
    return 'OpenCX answered with an HTML page instead of JSON, usually from a proxy in between';
  }
  return `OpenCX answered with ${type ? type.split(';')[0]?.trim() : 'an unlabelled body'} instead of JSON`;
}

/** The message of an upstream error: its own `message` (string or list) when it has one. */
function errorMessage(type: string, text: string): string | string[] {
  if (!/json/i.test(type)) {
    const plain = /^text\/plain/i.test(type) && text.trim() ? text.trim() : '';
    return plain ? plain.slice(0, MAX_MESSAGE_CHARS) : describeNonJson(type, text);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'OpenCX answered with a body that is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null) return '';
  const { message, error } = parsed as { message?: unknown; error?: unknown };
  if (typeof message === 'string') return message.slice(0, MAX_MESSAGE_CHARS);
  if (Array.isArray(message)) {
    return message
      .filter((item): item is string => typeof item === 'string')
      .slice(0, 50)
      .map((item) => item.slice(0, MAX_MESSAGE_CHARS));
  }
  return typeof error === 'string' ? error.slice(0, MAX_MESSAGE_CHARS) : '';
}

// Seconds or an HTTP date (RFC 9110): nothing else may ride along in this header.
function isRetryAfter(value: string): boolean {
  return (
    /^\d{1,9}$/.test(value) ||
    /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)
  );
}

function redactMessage(message: string | string[], redact: (text: string) => string) {
  return Array.isArray(message) ? message.map(redact) : redact(message);
}

/**
 * Turns OpenCX's response into what the browser may see: JSON only (anything else on success is
 * a 502), error bodies rebuilt from their message alone, the key redacted in every encoding, and
 * at most `maxBytes` read.
 */
export async function readUpstreamAnswer(
  res: Response,
  redact: (text: string) => string,
  maxBytes = DEFAULT_UPSTREAM_MAX_BYTES,
): Promise<UpstreamAnswer> {
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel().catch(() => undefined);
    return envelopeAnswer(
      502,
      `OpenCX answered with a redirect (${res.status}), which the app server does not follow`,
    );
  }
  const retryAfter = res.headers.get('retry-after');
  const extra = retryAfter && isRetryAfter(retryAfter) ? { retryAfter } : {};
  let bytes: Uint8Array;
  try {
    bytes = NULL_BODY_STATUSES.has(res.status)
      ? new Uint8Array(0)
      : await readCapped(res, maxBytes);
  } catch (err) {
    if (!(err instanceof UpstreamTooLargeError)) throw err;
    const mb = Math.round(maxBytes / (1024 * 1024));
    return envelopeAnswer(502, `OpenCX's answer is over ${mb} MB (UPSTREAM_MAX_BYTES)`);
  }
  const type = res.headers.get('content-type') ?? '';
  const text = new TextDecoder().decode(bytes);
  if (res.status >= 400) {
    if (text.trim() === '') return { status: res.status, body: null, ...extra };
    const message = redactMessage(errorMessage(type, text), redact);
    return { ...envelopeAnswer(res.status, message), ...extra };
  }
  if (text.trim() === '') return { status: res.status, body: null };
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    return envelopeAnswer(502, describeNonJson(type, text));
  }
  return { status: res.status, body: redact(text) };
}
