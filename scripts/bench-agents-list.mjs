// Agents list benchmark: builds the app, serves it with the fake OpenCX seeded with N agents, and
// measures in Chromium, for N = 100 and N = 10 000:
//   - first rows: from the end of the GET /phone response to the first table row in the DOM
//     (includes parsing and validating the list, then indexing, sorting and rendering);
//   - per keystroke: from a key press in the search box to the next frame after the table and
//     its "N of M agents match …" line show that query (median and 95th percentile);
//   - DOM rows: table rows rendered at once.
// Prints a table; the goal is a 10k/100 ratio near 1. Not a test: nothing here passes or fails.
//
//   npm run bench [-- --runs=3 --port=5193]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/launch-options.mjs';
import { median, option, p95, waitForServer } from './script-support.mjs';

const RUNS = option('runs', 3);
const PORT = option('port', 5193);
const SIZES = [100, 10_000];
const QUERIES = ['dental', '4155552'];
const BASE = `http://127.0.0.1:${PORT}`;

/** Runs in the page before the app: records when the first row appears and times keystrokes. */
function instrument() {
  const w = /** @type {any} */ (window);
  w.__bench = { firstRowsAt: null, keystroke: null };
  new MutationObserver((_, observer) => {
    if (document.querySelector('table tbody tr[aria-rowindex]')) {
      w.__bench.firstRowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'keydown',
    (event) => {
      if (w.__bench.keystroke) w.__bench.keystroke.start = event.timeStamp;
    },
    true,
  );
  w.__bench.arm = (expected) => {
    const state = { start: null, end: null };
    w.__bench.keystroke = state;
    const done = () => {
      const status = [...document.querySelectorAll('[role="status"]')].find((el) =>
        el.textContent?.includes(`“${expected}”`),
      );
      if (!status) return false;
      requestAnimationFrame(() => (state.end = performance.now()));
      return true;
    };
    const observer = new MutationObserver(() => done() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
}

async function measure(browser, agents) {
  const seeded = await fetch(`${BASE}/api/__fake/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ agents }),
  });
  if (!seeded.ok) throw new Error(`Seeding ${agents} agents failed: ${seeded.status}`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(instrument);
  await page.goto(`${BASE}/agents`);
  await page.waitForSelector('table tbody tr[aria-rowindex]', { timeout: 120_000 });
  await page.waitForFunction(() => window.__bench.firstRowsAt !== null);
  const firstRows = await page.evaluate(() => {
    const list = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname === '/api/phone');
    return window.__bench.firstRowsAt - (list?.responseEnd ?? 0);
  });
  const domRows = await page.locator('table tbody tr[aria-rowindex]').count();

  const keystrokes = [];
  const box = page.getByRole('searchbox', { name: 'Search agents' });
  for (const query of QUERIES) {
    await box.fill('');
    await box.focus();
    for (let i = 1; i <= query.length; i += 1) {
      await page.evaluate((expected) => window.__bench.arm(expected), query.slice(0, i));
      await page.keyboard.press(query[i - 1]);
      await page.waitForFunction(() => window.__bench.keystroke.end !== null, null, {
        timeout: 30_000,
      });
      keystrokes.push(
        await page.evaluate(() => window.__bench.keystroke.end - window.__bench.keystroke.start),
      );
    }
  }
  await page.close();
  return { firstRows, keystrokes, domRows };
}

function printTable(results) {
  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const rows = [
    ['agents', 'first rows ms', 'keystroke ms (median)', 'keystroke ms (p95)', 'DOM rows'],
  ];
  for (const r of results) {
    rows.push([
      r.agents.toLocaleString('en'),
      fmt(r.firstRows),
      fmt(r.keyMedian),
      fmt(r.keyP95),
      String(r.domRows),
    ]);
  }
  const [small, large] = results;
  if (small && large) {
    rows.push([
      'ratio 10k/100',
      fmt(large.firstRows / small.firstRows),
      fmt(large.keyMedian / small.keyMedian),
      fmt(large.keyP95 / small.keyP95),
      '',
    ]);
  }
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
  const outDir = mkdtempSync(join(tmpdir(), 'agents-bench-'));
  console.log('Building the app (production)…');
  const build = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');

  if (
    await fetch(BASE).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Port ${PORT} is in use: pass a free one with -- --port=N`);
  }
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, OPENCX_API_KEY: '', OPENCX_FORCE_FAKE: '1' },
    },
  );
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await Promise.race([
      waitForServer(`${BASE}/api/__gateway/mode`, 60_000),
      new Promise((_, reject) =>
        server.once('exit', (code) => reject(new Error(`vite preview exited (${code})`))),
      ),
    ]);
    const results = [];
    for (const agents of SIZES) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        process.stdout.write(`  ${agents} agents, run ${run + 1}/${RUNS}\n`);
        runs.push(await measure(browser, agents));
      }
      const keystrokes = runs.flatMap((r) => r.keystrokes);
      results.push({
        agents,
        firstRows: median(runs.map((r) => r.firstRows)),
        keyMedian: median(keystrokes),
        keyP95: p95(keystrokes),
        domRows: Math.max(...runs.map((r) => r.domRows)),
      });
    }
    console.log(
      `\nAgents list, production build, Chromium; medians of ${RUNS} runs, queries ${QUERIES.map((q) => `"${q}"`).join(' and ')} typed key by key\n`,
    );
    printTable(results);
  } finally {
    await browser.close();
    server.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
