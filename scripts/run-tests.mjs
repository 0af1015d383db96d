// Runs every check in order, prints each stage's time, and ends with one plain
// "N passed, N failed" line that any CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'agent-console-tests-'));

let passed = 0;
let failed = 0;
const times = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  times.push({ label, seconds });
  console.log(`◀ ${label}: ${seconds.toFixed(1)} s`);
  return result.status === 0;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Checks that count one each, run side by side (each is single-threaded); each one's output is
 * printed whole when it ends, so nothing interleaves.
 */
async function checksSideBySide(checks) {
  console.log(`\n▶ ${checks.map(([label]) => label).join(', ')} (side by side)`);
  const results = await Promise.all(
    checks.map(
      ([label, command, args]) =>
        new Promise((done) => {
          const started = performance.now();
          const child = spawn(command, args, { env: process.env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('error', (error) => (output += `${error.message}\n`));
          child.on('close', (status) => {
            const seconds = (performance.now() - started) / 1000;
            console.log(`\n◀ ${label}: ${seconds.toFixed(1)} s${status === 0 ? '' : ' (FAILED)'}`);
            if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
            done({ label, seconds, ok: status === 0 });
          });
        }),
    ),
  );
  for (const { label, seconds, ok } of results) {
    times.push({ label, seconds });
    if (ok) passed += 1;
    else failed += 1;
  }
}

/** A Vitest stage: counts its tests. */
function vitest(label, args, env) {
  const output = join(work, `vitest-${times.length}.json`);
  const ok = run(
    label,
    bin('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
    env,
  );
  const report = readJson(output);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (!ok && (!report || report.numFailedTests === 0)) failed += 1;
}

/** A Playwright stage: counts its tests. */
function playwright(label, args) {
  const output = join(work, `playwright-${times.length}.json`);
  const ok = run(label, bin('playwright'), ['test', ...args], { PW_JSON_OUTPUT: output });
  const report = readJson(output);
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
  if (!ok && (!report?.stats || report.stats.unexpected === 0)) failed += 1;
}

const started = performance.now();
await checksSideBySide([
  ['Type check', bin('tsc'), ['--noEmit', '-p', '.']],
  ['Type check of the server, without the DOM', bin('tsc'), ['--noEmit', '-p', 'src/server']],
  ['Lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['Unused files, exports and dependencies (knip)', bin('knip'), []],
  ['Format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
]);
const staticChecks = performance.now() - started;
// Built once: the bundle-size and production-server tests read it, and `npm start` for the
// end-to-end tests finds it fresh and serves it as it is.
const built = run('Production build (once)', process.execPath, ['scripts/build-for-tests.mjs']);
if (!built) failed += 1;
vitest('Unit and component tests', [], built ? { TEST_BUILD_ROOT: resolve('.') } : {});
playwright('End-to-end tests (production server, parallel)', []);
playwright('End-to-end smoke test (dev server)', ['-c', 'playwright.dev.config.ts']);

rmSync(work, { recursive: true, force: true });
console.log('\nStage times:');
console.log(
  `  ${(staticChecks / 1000).toFixed(1).padStart(7)} s  the five static checks, side by side`,
);
for (const { label, seconds } of times)
  console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${label}`);
console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  in all`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
