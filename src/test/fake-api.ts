import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { HISTORY_SOURCE_HEADER } from '../api/schemas/history.ts';
import { createGateway } from '../server/gateway.ts';
import { fetchThroughGateway } from '../server/fetch-through-gateway.ts';

/**
 * Hands every `/api` request of a component test to the same gateway and fake OpenCX the dev
 * server uses, so tests exercise real routes, validation and seed data.
 */
export function setupFakeApi() {
  const gateway = createGateway({});
  const requests: { method: string; path: string; body: string; source: string | null }[] = [];
  const server = setupServer(
    http.all('*/api/*', async ({ request }) => {
      const url = new URL(request.url);
      requests.push({
        method: request.method,
        path: url.pathname,
        body: await request.clone().text(),
        source: request.headers.get(HISTORY_SOURCE_HEADER),
      });
      return fetchThroughGateway(gateway, request);
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    gateway.fake?.reset();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return { server, gateway, requests };
}
