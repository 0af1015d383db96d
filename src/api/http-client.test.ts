import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError } from './api-error.ts';
import { apiRequest, apiUrl } from './http-client.ts';

type FetchArgs = [input: string, init: RequestInit];

function stubFetch(impl: (...args: FetchArgs) => Promise<Response>) {
  const fetchMock = vi.fn(impl);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function answer(body: string | null, init: ResponseInit = {}) {
  return stubFetch(async () => new Response(body, { status: 200, ...init }));
}

/** A fetch that never answers and rejects like the platform's when its signal aborts. */
function hang() {
  return stubFetch(
    (_input, init) =>
      new Promise<Response>((_, reject) => {
        const signal = init.signal;
        signal?.addEventListener('abort', () => reject(signal.reason));
      }),
  );
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const agentSchema = z.object({ id: z.string() });

beforeEach(() => {
  vi.stubGlobal('location', { origin: 'http://app.test' });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('apiRequest', () => {
  it('calls /api<path> with JSON headers and body, and parses the answer', async () => {
    const fetchMock = answer('{"id":"a1"}');
    const result = await apiRequest('/phone/a1', agentSchema, {
      method: 'PATCH',
      body: { name: 'x' },
    });
    expect(result).toEqual({ id: 'a1' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://app.test/api/phone/a1');
    expect(init).toMatchObject({ method: 'PATCH', body: '{"name":"x"}' });
    expect(init?.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });

  it('sends no body or content type on a GET', async () => {
    const fetchMock = answer('{"id":"a1"}');
    await apiRequest('/phone', agentSchema);
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('GET');
    expect(init?.body).toBeUndefined();
    expect(init?.headers).not.toHaveProperty('content-type');
  });

  it('resolves against the page origin when there is one', () => {
    expect(apiUrl('/phone?cursor=x')).toBe('http://app.test/api/phone?cursor=x');
  });

  it('stays relative without a page (plain Node)', () => {
    vi.stubGlobal('location', undefined);
    expect(apiUrl('/phone')).toBe('/api/phone');
  });

  it('passes an empty body to the schema as undefined', async () => {
    answer('');
    const schema = z.pipe(
      z.undefined(),
      z.transform(() => 'empty'),
    );
    await expect(apiRequest('/phone/a1', schema, { method: 'PATCH', body: {} })).resolves.toBe(
      'empty',
    );
  });

  it('returns undefined without parsing when the schema is null', async () => {
    answer('not json at all');
    await expect(apiRequest('/phone/a1', null, { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('turns a non-JSON 2xx into an invalid-response error', async () => {
    answer('<html>login page</html>', { headers: { 'content-type': 'text/html' } });
    const error = await caught(apiRequest('/phone', agentSchema));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect((error as ApiError).message).toContain('GET /phone');
    expect((error as ApiError).message).toContain('HTML page instead of JSON');
  });

  it('turns invalid JSON into an invalid-response error', async () => {
    answer('{"id": "a1"');
    const error = await caught(apiRequest('/phone', agentSchema));
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect((error as ApiError).message).toContain('it was not JSON');
  });

  it('names the path of a schema mismatch', async () => {
    answer('{"items":[{"id":"a"},{"id":7}]}');
    const schema = z.object({ items: z.array(agentSchema) });
    const error = await caught(apiRequest('/phone', schema));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      body: { items: [{ id: 'a' }, { id: 7 }] },
    });
    expect((error as ApiError).message).toContain('items[1].id: expected string, received number');
  });

  it('turns a non-2xx into an http ApiError with the request context', async () => {
    answer('{"statusCode":403,"message":"Forbidden","error":"Forbidden"}', {
      status: 403,
      headers: { 'content-type': 'application/json' },
    });
    const error = await caught(apiRequest('/phone/a1', agentSchema, { method: 'PATCH', body: {} }));
    expect(error).toMatchObject({ kind: 'http', status: 403 });
    expect((error as ApiError).message).toContain('phone:write');
  });

  it('turns a fetch rejection into a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(apiRequest('/phone', agentSchema));
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect((error as ApiError).message).toContain('Could not reach the server');
    expect((error as ApiError).cause).toBeInstanceOf(TypeError);
  });

  it('gives up after the default 15 s with a timeout error', async () => {
    vi.useFakeTimers();
    hang();
    const result = caught(apiRequest('/phone', agentSchema));
    await vi.advanceTimersByTimeAsync(15_000);
    const error = await result;
    expect(error).toMatchObject({ kind: 'timeout', status: 0 });
    expect((error as ApiError).message).toContain('OpenCX did not answer within 15 s');
  });

  it('times out a body that never finishes', async () => {
    stubFetch(async (_input, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200 });
    });
    const error = await caught(apiRequest('/phone', agentSchema, { timeoutMs: 20 }));
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it("re-throws the caller's abort untouched", async () => {
    hang();
    const controller = new AbortController();
    const result = caught(apiRequest('/phone', agentSchema, { signal: controller.signal }));
    controller.abort();
    const error = await result;
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toBe(controller.signal.reason);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('does not call fetch for a signal that was already aborted', async () => {
    const fetchMock = hang();
    const controller = new AbortController();
    controller.abort();
    const error = await caught(apiRequest('/phone', agentSchema, { signal: controller.signal }));
    expect(error).toBe(controller.signal.reason);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
