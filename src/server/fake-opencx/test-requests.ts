import type { FakeOpenCx } from './create-fake-opencx.ts';

/** Test helper: calls the fake as an authenticated client would. */
export function authedClient(fake: FakeOpenCx) {
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    init: RequestInit = {},
  ): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', 'Bearer test-key');
    if (body !== undefined) headers.set('content-type', 'application/json');
    const payload = typeof body === 'string' || body === undefined ? body : JSON.stringify(body);
    const request = new Request(new URL(path, 'http://localhost'), {
      ...init,
      method,
      headers,
      body: payload,
    });
    // Node's Request follows init.signal through a weakly held controller: after a garbage
    // collection the abort can be lost and a hung request never ends. Hand the handler the
    // caller's own signal instead.
    if (init.signal) Object.defineProperty(request, 'signal', { value: init.signal });
    return fake.app.request(request);
  };
  return {
    get: (path: string, init?: RequestInit) => send('GET', path, undefined, init),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    post: (path: string, body: unknown) => send('POST', path, body),
    delete: (path: string) => send('DELETE', path),
    send,
  };
}

export async function control(fake: FakeOpenCx, method: string, path: string, body?: unknown) {
  const res = await fake.app.request(`/__fake${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res;
}
