import { expect } from '@playwright/test';
import { FRONT_DESK_ID, receivedRequests, resetFake, storedAgent } from './support/fake-opencx';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const agentPath = `/api/phone/${FRONT_DESK_ID}`;

test('methods, paths and IDs the app does not use are refused before OpenCX', async ({
  request,
}) => {
  const refused: [string, string, number][] = [
    ['PUT', '/api/phone', 405],
    ['DELETE', '/api/actions', 405],
    ['POST', '/api/training', 405],
    ['GET', agentPath, 405],
    ['GET', '/api/organization', 404],
    ['GET', '/api/phone/a/b', 404],
    ['PATCH', '/api/phone/..%2F..%2Factions', 400],
    ['PATCH', '/api/phone/a%2Fb', 400],
    ['DELETE', '/api/phone/a.b', 400],
  ];
  for (const [method, path, status] of refused) {
    const res = await request.fetch(path, { method, data: method === 'GET' ? undefined : {} });
    expect(res.status(), `${method} ${path}`).toBe(status);
  }
  expect(await receivedRequests(request)).toEqual([]);
});

test('a PATCH from another origin is refused; one with no Origin (not a browser) is not', async ({
  request,
}) => {
  const foreign = await request.patch(agentPath, {
    headers: { origin: 'http://evil.test' },
    data: { name: 'Pwned' },
  });
  expect(foreign.status()).toBe(403);
  expect((await storedAgent(request, FRONT_DESK_ID))?.name).toBe('Front Desk — Acme Dental');
  const local = await request.patch(agentPath, { data: { name: 'From a script' } });
  expect(local.status()).toBe(200);
});

test('an oversized body is refused with a clear error', async ({ request }) => {
  const res = await request.patch(agentPath, {
    data: { first_message: 'x'.repeat(1024 * 1024) },
  });
  expect(res.status()).toBe(413);
  expect(await res.json()).toMatchObject({ statusCode: 413, message: /at most 256 KB/ });
});
