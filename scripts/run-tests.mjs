// Runs every check in order and ends with one plain "N passed, N failed" line that any CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'agent-console-tests-'));
const vitestJson = join(work, 'vitest.json');
const playwrightJson = join(work, 'playwright.json');
const productionJson = join(work, 'playwright-production.json');

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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

for (const [label, cmd, args] of [
  ['Type check', bin('tsc'), ['--noEmit', '-p', '.']],
  ['Lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['Format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
]) {
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

const unitOk = run('Unit and component tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const unit = readJson(vitestJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1;

const e2eOk = run('End-to-end tests', bin('playwright'), ['test'], {
  PW_JSON_OUTPUT: playwrightJson,
});
const e2e = readJson(playwrightJson);
if (e2e?.stats) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected === 0)) failed += 1;

const prodOk = run(
  'End-to-end tests against the production server (npm start)',
  bin('playwright'),
  ['test', '-c', 'playwright.production.config.ts'],
  { PW_JSON_OUTPUT: productionJson },
);
const prod = readJson(productionJson);
if (prod?.stats) {
  passed += prod.stats.expected + prod.stats.flaky;
  failed += prod.stats.unexpected;
}
if (!prodOk && (!prod?.stats || prod.stats.unexpected === 0)) failed += 1;

rmSync(work, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
