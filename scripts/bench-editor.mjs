// Editor benchmark: builds the app and a bare React page in the same run, serves the app as
// `npm start` does (the production server, which renders the editor, on the fake OpenCX) and the
// bare page beside it, and measures in Chromium, at 1x and at
// 4x CPU slowdown (Chromium's CDP throttling), in interleaved rounds with a fresh context per load:
//   - navigation to a filled form: from navigation start until the Name input holds the agent's
//     name (the bare page: until it has content, the floor no app can beat);
//   - keystroke to frame: from keydown to the next frame while typing 30 characters into Name
//     and 30 into First message (median and 95th percentile).
// Prints a table; read the ratios, not the absolute times. Not a test: nothing passes or fails.
//
//   npm run bench:editor [-- --runs=5 --port=5195]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/launch-options.mjs';
import { median, option, p95, waitForServer } from './script-support.mjs';

const RUNS = option('runs', 5);
const PORT = option('port', 5195);
const RATES = [1, 4];
const KEYS = 30;
const AGENT = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
const APP = `http://127.0.0.1:${PORT}`;
const BARE = `http://127.0.0.1:${PORT + 1}`;

const vite = join('node_modules', '.bin', 'vite');

/** Runs in the page before it loads: notes when it first has content and when Name is filled. */
function instrument() {
  const marks = (window.__marks = {});
  const check = () => {
    const root = document.getElementById('root');
    if (!marks.root && root?.firstElementChild) marks.root = performance.now();
    const name = document.querySelector('input[name="name"]');
    if (!marks.ready && name?.value) marks.ready = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

/** Types into `selector` one key at a time, timing keydown to the frame after the input event. */
async function typeTimed(page, selector) {
  return page.evaluate(
    async ({ selector, keys }) => {
      const el = document.querySelector(selector);
      el.focus();
      const proto = Object.getPrototypeOf(el);
      const setValue = Object.getOwnPropertyDescriptor(proto, 'value').set;
      const out = [];
      for (let i = 0; i < keys; i += 1) {
        await new Promise((r) => setTimeout(r, 60));
        const start = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
        setValue.call(el, `${el.value}x`);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(performance.now() - start);
      }
      return out;
    },
    { selector, keys: KEYS },
  );
}

async function load(browser, target, rate) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  await page.addInitScript(instrument);
  await page.goto(target.url);
  await page.waitForFunction(
    (editor) => window.__marks.root && (!editor || window.__marks.ready),
    target.editor,
    {
      polling: 20,
      timeout: 120_000,
    },
  );
  const ready = await page.evaluate(() => window.__marks.ready ?? window.__marks.root);
  const keys = { name: [], firstMessage: [] };
  if (target.editor) {
    // Time typing, not loading: wait for the lazy selects and the lookups to arrive.
    await page.getByRole('combobox', { name: 'Language' }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    keys.name = await typeTimed(page, 'input[name="name"]');
    keys.firstMessage = await typeTimed(page, 'textarea[name="first_message"]');
  }
  await context.close();
  return { ready, keys };
}

function buildBarePage(dir) {
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>bare</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.jsx'),
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('root')).render(<StrictMode><h1>Hello</h1></StrictMode>);\n",
  );
  writeFileSync(
    join(dir, 'vite.config.mjs'),
    `import react from '${join(process.cwd(), 'node_modules/@vitejs/plugin-react/dist/index.js')}';\n` +
      `export default { root: ${JSON.stringify(dir)}, plugins: [react()], resolve: { alias: {` +
      ` react: ${JSON.stringify(join(process.cwd(), 'node_modules/react'))},` +
      ` 'react-dom': ${JSON.stringify(join(process.cwd(), 'node_modules/react-dom'))} } },` +
      ` build: { outDir: 'dist', emptyOutDir: true } };\n`,
  );
  const built = spawnSync(
    vite,
    ['build', '-c', join(dir, 'vite.config.mjs'), '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('building the bare React page failed');
  return join(dir, 'dist');
}

function printTable(rate, results) {
  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const floor = median(results.bare.ready);
  const rows = [
    [
      'page',
      'to filled form ms',
      'x bare',
      'Name key ms med / p95',
      'First message key ms med / p95',
    ],
  ];
  for (const [label, r] of [
    ['editor', results.editor],
    ['bare React', results.bare],
  ]) {
    const keys = (xs) => (xs.length ? `${fmt(median(xs))} / ${fmt(p95(xs))}` : '–');
    rows.push([
      label,
      fmt(median(r.ready)),
      fmt(median(r.ready) / floor),
      keys(r.name),
      keys(r.firstMessage),
    ]);
  }
  console.log(
    `\nCPU ${rate}x, ${RUNS} interleaved rounds (+1 warm-up), fresh context per load, ${KEYS} keys per field`,
  );
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  '),
    );
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'editor-bench-'));
  console.log('Building the app (production) and a bare React page…');
  const build = spawnSync(vite, ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const bareDir = buildBarePage(mkdtempSync(join(work, 'bare-')));

  for (const base of [APP, BARE]) {
    const taken = await fetch(base).then(
      () => true,
      () => false,
    );
    if (taken) throw new Error(`Port of ${base} is in use: pass free ones with -- --port=N`);
  }
  const env = { ...process.env, OPENCX_API_KEY: '', OPENCX_FORCE_FAKE: '1' };
  const servers = [
    // What `npm start` runs; it builds the server first when that is stale.
    spawn(process.execPath, ['scripts/start.mjs'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, HOST: '127.0.0.1', PORT: String(PORT), DATA_DIR: join(work, 'data') },
    }),
    spawn(
      vite,
      [
        'preview',
        '--outDir',
        bareDir,
        '--host',
        '127.0.0.1',
        '--port',
        String(PORT + 1),
        '--strictPort',
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env,
      },
    ),
  ];
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitForServer(`${APP}/healthz`, 180_000);
    await waitForServer(BARE, 60_000);
    const targets = [
      { key: 'editor', url: `${APP}/agents/${AGENT}`, editor: true },
      { key: 'bare', url: `${BARE}/`, editor: false },
    ];
    for (const rate of RATES) {
      const results = Object.fromEntries(
        targets.map((t) => [t.key, { ready: [], name: [], firstMessage: [] }]),
      );
      for (let round = 0; round <= RUNS; round += 1) {
        process.stdout.write(
          `  CPU ${rate}x, round ${round}/${RUNS}${round === 0 ? ' (warm-up)' : ''}\n`,
        );
        for (const target of targets) {
          const r = await load(browser, target, rate);
          if (round === 0) continue;
          results[target.key].ready.push(r.ready);
          results[target.key].name.push(...r.keys.name);
          results[target.key].firstMessage.push(...r.keys.firstMessage);
        }
      }
      printTable(rate, results);
    }
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
