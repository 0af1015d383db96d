import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { setApiTransport } from '../../api/http-client.ts';
import { SERVER_STATE_ID, type RenderedPage } from '../../api/server-state.ts';
import type { Gateway } from '../gateway.ts';
import type { ProductionEnv } from './access-control.ts';

/** The app's own renderer (src/app/render-page.tsx). */
export type RenderPage = (url: string) => Promise<RenderedPage | null>;

/** The app's paths the server renders, and the modules each page needs beyond the entry. */
export interface RenderedRoute {
  path: RegExp;
  modules: string[];
}

/** The app's side of rendering its pages on the server. */
export interface PageRendering {
  render: RenderPage;
  routes: RenderedRoute[];
}

export interface ServerRenderingOptions extends PageRendering {
  gateway: Gateway;
  distDir: string;
  /** Past this, the plain page goes out and the browser loads the data itself. */
  timeoutMs: number;
  log: (line: string) => void;
}

interface PageRequest {
  request: Request;
  user: string | undefined;
  /** Aborted once the page has gone out, so the requests of a render given up on stop too. */
  signal: AbortSignal;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
  imports?: string[];
}

/** The stylesheets and scripts `modules` load, from Vite's build manifest. */
function linksFor(manifest: Record<string, ManifestChunk>, modules: string[]): string {
  const css = new Set<string>();
  const js = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    // The entry is the page's own script tag already.
    if (!chunk || chunk.isEntry || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  modules.forEach(visit);
  return [
    ...[...css].map((file) => `<link rel="stylesheet" href="/${file}">`),
    ...[...js].map((file) => `<link rel="modulepreload" href="/${file}">`),
  ].join('');
}

// JSON inside <script> may not close the element or open a comment.
const scriptSafe = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Sends the app's pages that need the agent already rendered with it (the editor), so the person
 * sees the agent's settings with the page's first bytes. The markup is inert until the app in the
 * browser takes over a moment later: nothing typed or clicked before then is lost in between. Any
 * failure, or an answer slower than `timeoutMs`, sends the plain page instead.
 */
export function serverRendering(options: ServerRenderingOptions): MiddlewareHandler<ProductionEnv> {
  const { render, routes, gateway, distDir, timeoutMs, log } = options;
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  const manifestFile = join(distDir, '.vite', 'manifest.json');
  // Without a manifest the page still renders; its code and styles then load as the app asks.
  const manifest = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>)
    : {};
  const page = new AsyncLocalStorage<PageRequest>();

  // The page's requests, answered in-process by the gateway as the person who asked for the page.
  setApiTransport(async (url, init) => {
    const current = page.getStore();
    if (!current) throw new Error('An API request outside a page being rendered');
    const headers = new Headers(current.request.headers);
    new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    headers.delete('accept-encoding');
    const signal = init.signal ? AbortSignal.any([init.signal, current.signal]) : current.signal;
    const request = new Request(new URL(url, current.request.url), { ...init, headers, signal });
    return gateway.app.fetch(request, { user: current.user });
  });

  return async (c, next) => {
    const url = new URL(c.req.url);
    const route = routes.find((candidate) => candidate.path.test(url.pathname));
    if (c.req.method !== 'GET' || !route) return next();
    let timer: NodeJS.Timeout | undefined;
    // A render given up on (too slow, or the browser left) stops asking OpenCX on its behalf.
    const abandon = new AbortController();
    const signal = AbortSignal.any([c.req.raw.signal, abandon.signal]);
    const rendered = await Promise.race([
      page.run({ request: c.req.raw, user: c.get('user'), signal }, () =>
        render(url.pathname + url.search),
      ),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
    ]).catch((error: unknown) => {
      log(`render ${url.pathname}: ${(error as Error).name}`);
      return null;
    });
    clearTimeout(timer);
    abandon.abort();
    if (!rendered) return next();
    const body = template
      .replace('</head>', `${linksFor(manifest, route.modules)}</head>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root"><div class="server-paint" inert style="cursor:progress">${rendered.html}</div></div>` +
          `<script type="application/json" id="${SERVER_STATE_ID}">${scriptSafe(JSON.stringify(rendered.state))}</script>`,
      );
    // The page carries the organisation's data: never kept by a cache.
    return c.html(body, 200, { 'cache-control': 'no-store' });
  };
}
