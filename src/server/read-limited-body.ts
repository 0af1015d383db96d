export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
// An over-limit body is still read (and thrown away) up to this size: a browser that is cut off
// mid-upload reports a network failure or retries, instead of showing the 413 it was sent.
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;

export type LimitedBody = { ok: true; bytes: ArrayBuffer | undefined } | { ok: false };

/**
 * Reads a request body, keeping at most `maxBytes` in memory: a declared Content-Length is
 * checked first, and a chunked body is counted while it streams.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) {
    return { ok: true, bytes: undefined };
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_DISCARDED_BYTES) {
    await request.body.cancel().catch(() => undefined);
    return { ok: false };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_DISCARDED_BYTES) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    if (total <= maxBytes) chunks.push(value);
  }
  if (total > maxBytes) return { ok: false };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: bytes.buffer };
}
