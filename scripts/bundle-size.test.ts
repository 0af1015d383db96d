// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForTests, ENV_KEY, FILE_KEY } from './build-for-tests.mjs';
import {
  BYTES_PER_KB,
  EDITOR_ROUTE,
  FIRST_LOAD_BUDGET_KB,
  measureFirstLoad,
} from './bundle-size.mjs';

const BUILD_TIMEOUT_MS = 120_000;

let work: string | undefined;
let outDir: string;
let serverOutDir: string;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  // `npm test` builds once (scripts/build-for-tests.mjs) and names the output here.
  const prebuilt = process.env.TEST_BUILD_ROOT;
  if (prebuilt) {
    outDir = resolve(prebuilt, 'dist');
    serverOutDir = resolve(prebuilt, 'dist-server');
    return;
  }
  work = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  ({ outDir, serverOutDir } = await buildForTests(work));
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
      // The app's hashed modules, and the colour scheme set before the first paint.
      expect(attributes).toMatch(/\ssrc="\/(assets\/|color-scheme\.js")/);
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
