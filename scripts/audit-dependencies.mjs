// Known advisories in what ships: `npm audit --omit=dev`, failing on high or critical. Registries
// without an audit service (mirrors, some proxies) cannot answer: then it says so plainly and does
// not fail, since nothing was checked rather than something found.
//
//   node scripts/audit-dependencies.mjs
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FAILING = ['high', 'critical'];

/**
 * What an `npm audit --json` run means: `checked` false when the registry did not answer,
 * else the advisory counts by severity and whether any is high or critical.
 */
export function judgeAudit(jsonText) {
  let report;
  try {
    report = JSON.parse(jsonText);
  } catch {
    return { checked: false, reason: 'npm audit printed no JSON' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (report?.error || typeof counts !== 'object' || counts === null) {
    const summary = String(report?.error?.summary || report?.message || 'no report').split('\n')[0];
    return { checked: false, reason: summary.slice(0, 200) };
  }
  const failing = FAILING.reduce((sum, level) => sum + (Number(counts[level]) || 0), 0);
  return { checked: true, counts, failing };
}

export function describeAudit(result) {
  if (!result.checked) {
    return `npm audit --omit=dev: could not check (the registry's audit service did not answer: ${result.reason}); dependencies were NOT checked for advisories`;
  }
  const list = Object.entries(result.counts)
    .filter(([level, n]) => level !== 'total' && n > 0)
    .map(([level, n]) => `${n} ${level}`);
  const found = list.length ? list.join(', ') : 'no advisories';
  return `npm audit --omit=dev: ${found}${result.failing > 0 ? ' — high or critical: failing' : ''}`;
}

export function main() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const result = judgeAudit(run.stdout || '');
  console.log(describeAudit(result));
  return result.checked && result.failing > 0 ? 1 : 0;
}

function isThisFile(path) {
  try {
    return path !== undefined && import.meta.url === pathToFileURL(realpathSync(path)).href;
  } catch {
    return false;
  }
}

if (isThisFile(process.argv[1])) process.exitCode = main();
