// @ts-check
// First-load size of each lazily loaded page, read from Vite's manifest (build with
// `build.manifest: true` first; this script builds nothing).
//
//   node scripts/bundle-size.mjs [distDir] [--budget[=KB]]
//
// Plain JavaScript with JSDoc types because Node 20 cannot strip TypeScript types; the types
// TypeScript callers see are in bundle-size.d.mts.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{
 *   file: string;
 *   src?: string;
 *   isEntry?: boolean;
 *   isDynamicEntry?: boolean;
 *   imports?: string[];
 *   dynamicImports?: string[];
 *   css?: string[];
 * }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ route: string; jsGzip: number; cssGzip: number; files: string[] }} RouteSize
 */

/** Sizes are in KB of 1000 bytes, like Vite's own build report. */
export const BYTES_PER_KB = 1000;

/** The route `--budget` and the bundle-size test check. */
export const EDITOR_ROUTE = 'agent-editor-page';

/**
 * Ceiling for the editor route's first-load JS + CSS, gzip, in KB: the product's target. Measured
 * 148.9 KB; anything that adds to the first load has to pay for itself elsewhere or load lazily.
 */
export const FIRST_LOAD_BUDGET_KB = 200;

const PAGE_SRC = /^src\/features\/agents\/pages\/[^/]+\.tsx$/;

/**
 * @param {string} distDir
 * @returns {Manifest}
 */
function readManifest(distDir) {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
}

/**
 * Every file the browser must fetch before `keys` can run: the chunks, their static imports
 * (recursively) and their CSS. `dynamicImports` load later, on demand, so they are not followed.
 *
 * @param {Manifest} manifest
 * @param {string[]} keys
 * @returns {string[]}
 */
function staticClosure(manifest, keys) {
  /** @type {Set<string>} */
  const seenKeys = new Set();
  /** @type {Set<string>} */
  const files = new Set();
  const pending = [...keys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite manifest has no entry "${key}"`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    pending.push(...(chunk.imports ?? []));
  }
  return [...files].sort();
}

/**
 * @param {string} distDir
 * @param {string} file
 */
function gzipSize(distDir, file) {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).byteLength;
}

/**
 * For each lazily loaded page under src/features/agents/pages: the gzip size (level 9) of the JS
 * and CSS a fresh visit to that route downloads — the index.html entry chunk, the page chunk,
 * their static imports and all their CSS, each file counted once. Sizes are in bytes.
 *
 * @param {string} distDir
 * @returns {RouteSize[]}
 */
export function measureFirstLoad(distDir) {
  const manifest = readManifest(distDir);
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entryKeys.length === 0) throw new Error('Vite manifest has no entry chunk');
  /** @type {RouteSize[]} */
  const routes = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.src || !PAGE_SRC.test(chunk.src)) continue;
    const files = staticClosure(manifest, [...entryKeys, key]);
    let jsGzip = 0;
    let cssGzip = 0;
    for (const file of files) {
      if (file.endsWith('.css')) cssGzip += gzipSize(distDir, file);
      else if (/\.m?js$/.test(file)) jsGzip += gzipSize(distDir, file);
    }
    const route = chunk.src.slice(chunk.src.lastIndexOf('/') + 1).replace(/\.tsx$/, '');
    routes.push({ route, jsGzip, cssGzip, files });
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

/** @param {number} bytes */
const kb = (bytes) => (bytes / BYTES_PER_KB).toFixed(1);

/** @param {RouteSize[]} routes */
export function formatTable(routes) {
  const header = ['route', 'JS KB gzip', 'CSS KB gzip', 'total KB'];
  const rows = [
    header,
    ...routes.map((r) => [r.route, kb(r.jsGzip), kb(r.cssGzip), kb(r.jsGzip + r.cssGzip)]),
  ];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

/**
 * @param {string[]} args
 * @returns {number} the exit code
 */
export function main(args) {
  const here = dirname(fileURLToPath(import.meta.url));
  let distDir = resolve(here, '..', 'dist');
  /** @type {number | undefined} */
  let budgetKb;
  for (const arg of args) {
    if (arg === '--budget') budgetKb = FIRST_LOAD_BUDGET_KB;
    else if (arg.startsWith('--budget=')) budgetKb = Number(arg.slice('--budget='.length));
    else if (!arg.startsWith('-')) distDir = resolve(arg);
    else {
      console.error(`Unknown option ${arg}. Usage: bundle-size.mjs [distDir] [--budget[=KB]]`);
      return 2;
    }
  }
  if (budgetKb !== undefined && !(budgetKb > 0)) {
    console.error('--budget needs a positive number of KB, e.g. --budget=200');
    return 2;
  }

  /** @type {RouteSize[]} */
  let routes;
  try {
    routes = measureFirstLoad(distDir);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`Cannot measure ${distDir}: ${message}`);
    console.error('Run `vite build` (with build.manifest: true) first.');
    return 2;
  }
  console.log(`First load per route (gzip -9, 1 KB = ${BYTES_PER_KB} bytes), ${distDir}\n`);
  console.log(formatTable(routes));
  if (budgetKb === undefined) return 0;

  const editor = routes.find((r) => r.route === EDITOR_ROUTE);
  if (!editor) {
    console.error(`\nNo ${EDITOR_ROUTE} route in the manifest; cannot check the budget.`);
    return 1;
  }
  const total = (editor.jsGzip + editor.cssGzip) / BYTES_PER_KB;
  if (total > budgetKb) {
    console.error(`\n${EDITOR_ROUTE}: ${total.toFixed(1)} KB is over the ${budgetKb} KB budget.`);
    return 1;
  }
  console.log(`\n${EDITOR_ROUTE}: ${total.toFixed(1)} KB, within the ${budgetKb} KB budget.`);
  return 0;
}

/** @param {string | undefined} path */
function isThisFile(path) {
  try {
    return path !== undefined && import.meta.url === pathToFileURL(realpathSync(path)).href;
  } catch {
    return false;
  }
}

if (isThisFile(process.argv[1])) process.exitCode = main(process.argv.slice(2));
