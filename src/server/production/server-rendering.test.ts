// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiRequest, setApiTransport } from '../../api/http-client.ts';
import { createProductionApp } from './create-production-app.ts';
import { readServerConfig, type ServerConfig } from './server-config.ts';
import type { RenderPage } from './server-rendering.ts';

const ORIGIN = 'http://127.0.0.1:5196';
const TEMPLATE =
  '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head>' +
  '<body><div id="root"></div></body></html>';
let distDir: string;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'server-rendering-'));
  mkdirSync(join(distDir, 'assets'));
  mkdirSync(join(distDir, '.vite'));
  writeFileSync(join(distDir, 'index.html'), TEMPLATE);
  writeFileSync(join(distDir, 'assets', 'app-1.js'), '');
  writeFileSync(
    join(distDir, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/app-1.js', isEntry: true },
      'src/page.tsx': {
        file: 'assets/page-2.js',
        css: ['assets/page-2.css'],
        imports: ['_a.js', 'index.html'],
      },
      '_a.js': { file: 'assets/a-3.js', css: ['assets/a-3.css'] },
    }),
  );
});

afterEach(() => setApiTransport((url, init) => fetch(url, init)));

function start(render: RenderPage, dist = distDir) {
  const result = readServerConfig({ OPENCX_FORCE_FAKE: '1', DIST_DIR: dist });
  if (!result.ok) throw new Error(result.error);
  const lines: string[] = [];
  const pages = { render, routes: [{ path: /^\/agents\/[^/]+$/, modules: ['src/page.tsx'] }] };
  const { app } = createProductionApp(
    result.config as ServerConfig,
    (line) => lines.push(line),
    undefined,
    undefined,
    pages,
  );
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.fetch(
      new Request(`${ORIGIN}${path}`, { headers: { host: new URL(ORIGIN).host, ...headers } }),
      { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
    );
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.fetch(
      new Request(`${ORIGIN}${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { host: new URL(ORIGIN).host, 'content-type': 'application/json', ...headers },
      }),
      { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
    );
  return { get, post, lines };
}

describe('pages rendered on the server', () => {
  it('sends the rendered page, inert, with its data, its stylesheets and its modules', async () => {
    const { get } = start(async (url) => ({
      html: `<main><input name="name" value="${url}"></main>`,
      state: [[['note'], '</script><script>alert(1)</script>']],
    }));
    const response = await get('/agents/a1?tab=x');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain(
      '<div id="root"><div class="server-paint" inert style="cursor:progress"><main><input name="name" value="/agents/a1?tab=x"></main></div></div>',
    );
    expect(html).toContain('<link rel="stylesheet" href="/assets/page-2.css">');
    expect(html).toContain('<link rel="stylesheet" href="/assets/a-3.css">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/page-2.js">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/a-3.js">');
    // The entry is already the page's own script.
    expect(html).not.toContain('<link rel="modulepreload" href="/assets/app-1.js">');
    // The data cannot end its script element early.
    const state = /<script type="application\/json" id="server-state">(.*?)<\/script>/.exec(html);
    expect(JSON.parse(state?.[1] ?? '')).toEqual([
      [['note'], '</script><script>alert(1)</script>'],
    ]);
  });

  it('still renders the page from a build without a manifest, with no links to add', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'server-rendering-bare-'));
    writeFileSync(join(bare, 'index.html'), TEMPLATE);
    const { get } = start(async () => ({ html: '<p>rendered</p>', state: [] }), bare);
    const html = await (await get('/agents/a1')).text();
    expect(html).toContain('<p>rendered</p>');
    expect(html).not.toContain('<link');
  });

  it("answers the page's own requests in-process, as the person who asked for the page", async () => {
    const { get } = start(async () => {
      await apiRequest('/phone', null);
      return { html: '<p>rendered</p>', state: [] };
    });
    const tenant = { 'x-fake-tenant': 'server-rendering-test' };
    expect(await (await get('/agents/a1', tenant)).text()).toContain('<p>rendered</p>');
    // The fake keeps one store and request log per tenant: the page's header reached it.
    const log = (await (await get('/api/__fake/requests', tenant)).json()) as { path: string }[];
    expect(log.map((entry) => entry.path)).toContain('/phone');
    const other = (await (await get('/api/__fake/requests')).json()) as { path: string }[];
    expect(other.map((entry) => entry.path)).not.toContain('/phone');
  });

  it('sends the plain page when the renderer has nothing, fails, or takes too long', async () => {
    const cases: [RenderPage, string[]][] = [
      [async () => null, []],
      [
        async () => {
          throw new TypeError('no');
        },
        ['render /agents/a1: TypeError'],
      ],
      [() => new Promise<null>(() => undefined), []],
    ];
    for (const [render, logged] of cases) {
      const { get, lines } = start(render);
      const response = await get('/agents/a1');
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(TEMPLATE);
      expect(lines.filter((line) => line.startsWith('render '))).toEqual(logged);
    }
  }, 10_000);

  it('stops the requests of a render it gave up on', async () => {
    let settledAfterMs: number | null = null;
    let failure = '';
    const { get, post } = start(async () => {
      const started = Date.now();
      await apiRequest('/phone/voices', null).catch((error: unknown) => {
        failure = (error as Error).name;
      });
      settledAfterMs = Date.now() - started;
      return null;
    });
    const tenant = { 'x-fake-tenant': 'abandoned-render-test' };
    const faults = await post(
      '/api/__fake/faults',
      { path: '/phone/voices', kind: 'hang' },
      tenant,
    );
    expect(faults.status).toBe(201);

    expect(await (await get('/agents/a1', tenant)).text()).toBe(TEMPLATE);
    await vi.waitFor(() => expect(settledAfterMs).not.toBeNull());
    // Given up at 1.5 s, not left hanging until the request timeout (15 s).
    expect(settledAfterMs).toBeLessThan(5000);
    expect(failure).not.toBe('');
  }, 10_000);

  it('leaves other pages to the plain page', async () => {
    let calls = 0;
    const { get } = start(async () => {
      calls += 1;
      return { html: '<p>rendered</p>', state: [] };
    });
    expect(await (await get('/agents')).text()).toBe(TEMPLATE);
    expect(await (await get('/agents/a1/history')).text()).toBe(TEMPLATE);
    expect(calls).toBe(0);
  });
});
