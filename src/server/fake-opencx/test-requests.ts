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
    return fake.app.request(path, { ...init, method, headers, body: payload });
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
