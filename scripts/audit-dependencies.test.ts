// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeAudit, judgeAudit } from './audit-dependencies.mjs';

const report = (counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: { vulnerabilities: counts },
  });
const none = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };

describe('the dependency audit', () => {
  it('passes a clean report and names what it found', () => {
    const clean = judgeAudit(report(none));
    expect(clean).toMatchObject({ checked: true, failing: 0 });
    expect(describeAudit(clean)).toBe('npm audit --omit=dev: no advisories');
    const moderate = judgeAudit(report({ ...none, low: 2, moderate: 1, total: 3 }));
    expect(moderate).toMatchObject({ checked: true, failing: 0 });
    expect(describeAudit(moderate)).toBe('npm audit --omit=dev: 2 low, 1 moderate');
  });

  it('fails on a high or critical advisory', () => {
    const bad = judgeAudit(report({ ...none, high: 1, critical: 1, total: 2 }));
    expect(bad).toMatchObject({ checked: true, failing: 2 });
    expect(describeAudit(bad)).toMatch(/1 high, 1 critical — high or critical: failing$/);
  });

  it('says plainly when the registry could not answer', () => {
    for (const text of [
      JSON.stringify({
        message:
          '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
      }),
      JSON.stringify({
        error: {
          code: 'ENOAUDIT',
          summary: 'Your configured registry does not support audit requests.',
        },
      }),
      '',
    ]) {
      const result = judgeAudit(text);
      expect(result.checked).toBe(false);
      expect(describeAudit(result)).toMatch(/could not check .* NOT checked for advisories$/);
    }
  });
});
