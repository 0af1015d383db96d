// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BYTES_PER_KB,
  EDITOR_ROUTE,
  FIRST_LOAD_BUDGET_KB,
  measureFirstLoad,
} from './bundle-size.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Set in process.env during the build. */
const ENV_KEY = 'ocx_live_LEAKCHECK_7f3a9c2e_do_not_ship';
/** Set in an `.env.local` in the build's envDir, the other place the gateway reads it from. */
const FILE_KEY = 'ocx_live_LEAKCHECK_envfile_51d0b8aa_do_not_ship';
const BUILD_TIMEOUT_MS = 120_000;

let work: string;
let outDir: string;
let serverOutDir: string;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Sets (or, for undefined, deletes) env vars; returns a function that puts them back. */
function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  outDir = join(work, 'dist');
  // An env dir of our own, so the repo's working tree is never touched.
  const envDir = join(work, 'env');
  mkdirSync(envDir);
  writeFileSync(join(envDir, '.env.local'), `OPENCX_API_KEY=${FILE_KEY}\n`);

  // Vitest runs with NODE_ENV=test, which would make Vite produce a development build.
  const restoreEnv = setEnv({ OPENCX_API_KEY: ENV_KEY, NODE_ENV: 'production' });
  try {
    await build({
      configFile: join(REPO, 'vite.config.ts'),
      root: REPO,
      envDir,
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    serverOutDir = join(work, 'dist-server');
    await build({
      configFile: join(REPO, 'src/server/production/server-build.config.ts'),
      envDir,
      logLevel: 'silent',
      build: { outDir: serverOutDir },
    });
  } finally {
    restoreEnv();
  }
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('production build', () => {
  it('contains the OpenCX key in no file', () => {
    const files = listFiles(outDir);
    expect(files.length).toBeGreaterThan(2);
    const leaks = files.filter((file) => {
      const text = readFileSync(file, 'latin1');
      return text.includes(ENV_KEY) || text.includes(FILE_KEY);
    });
    expect(leaks.map((file) => relative(outDir, file))).toEqual([]);
  });

  it('puts the key in no file of the production server bundle either', () => {
    const files = listFiles(serverOutDir);
    expect(files.map((file) => relative(serverOutDir, file))).toContain('main.js');
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      expect(text.includes(ENV_KEY) || text.includes(FILE_KEY), file).toBe(false);
    }
  });

  it('has no inline script in index.html, so the CSP can forbid them', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/assets\//);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('ships none of the gateway’s server-only code', () => {
    for (const file of listFiles(outDir)) {
      expect(readFileSync(file, 'latin1'), relative(outDir, file)).not.toContain('fake-local-key');
    }
  });

  it(`keeps the ${EDITOR_ROUTE} first load within ${FIRST_LOAD_BUDGET_KB} KB gzip`, () => {
    const routes = measureFirstLoad(outDir);
    expect(routes.map((r) => r.route)).toContain('agents-list-page');
    const editor = routes.find((r) => r.route === EDITOR_ROUTE);
    expect(editor).toBeDefined();
    if (!editor) return;
    expect(editor.jsGzip).toBeGreaterThan(0);
    expect(editor.cssGzip).toBeGreaterThan(0);
    expect(editor.files.some((f) => f.includes('agent-editor-page'))).toBe(true);
    // libphonenumber-js is a dynamic import of the editor: it must not count as first load.
    expect(editor.files.some((f) => f.includes('libphonenumber'))).toBe(false);
    // Nor are the searchable selects, the conflict choices or the palette, which load on demand.
    for (const lazy of ['combobox-inputs', 'conflict-choices', 'agent-palette']) {
      expect(
        editor.files.some((f) => f.includes(lazy)),
        lazy,
      ).toBe(false);
    }
    const totalKb = (editor.jsGzip + editor.cssGzip) / BYTES_PER_KB;
    expect(totalKb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });
});
