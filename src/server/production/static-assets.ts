import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { acceptsGzip } from '../answer-response.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wav': 'audio/wav',
};

// Vite puts content hashes into every file name under /assets/, so those never change.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html names the current hashed files: it must be revalidated on every load.
const REVALIDATE = 'no-cache';

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const MIN_COMPRESSED_BYTES = 1024;

interface Asset {
  body: Uint8Array;
  type: string;
  cacheControl: string;
  /** Compressed on its first request and kept, instead of compressing it again on every request. */
  gzipped?: Uint8Array;
}

/**
 * Reads the whole build into memory once: it is small, and serving only the files found at start
 * means no request path is ever joined onto the file system.
 */
export function loadAssets(distDir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const entries = readdirSync(distDir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(distDir, file).split(sep).join('/')}`;
    if (urlPath.startsWith('/.vite/')) continue;
    assets.set(urlPath, {
      body: readFileSync(file),
      type: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    });
  }
  return assets;
}

function send(c: Context, asset: Asset): Response {
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': asset.cacheControl,
  };
  let bytes = asset.body;
  if (bytes.length >= MIN_COMPRESSED_BYTES && COMPRESSIBLE.test(asset.type)) {
    headers.vary = 'accept-encoding';
    if (acceptsGzip(c.req.raw)) {
      bytes = asset.gzipped ??= gzipSync(asset.body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = String(bytes.length);
  const body = c.req.method === 'HEAD' ? null : new Uint8Array(bytes);
  return new Response(body, { status: 200, headers });
}

/**
 * Files of the build, and `index.html` for any other extension-less GET (the app's own routes,
 * which the client router resolves, including its not-found page). A missing `.js` or `.css`
 * stays a 404: answering HTML there would break the page in a confusing way.
 */
export function staticAssets(assets: Map<string, Asset>): MiddlewareHandler {
  const index = assets.get('/index.html');
  if (!index) throw new Error('The build has no index.html: run npm run build');
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = new URL(c.req.url).pathname;
    const asset = assets.get(path === '/' ? '/index.html' : path);
    if (asset) return send(c, asset);
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    if (!lastSegment.includes('.') && !path.startsWith('/api/') && !path.startsWith('/assets/')) {
      return send(c, index);
    }
    return next();
  };
}
