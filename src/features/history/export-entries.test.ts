import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../api/schemas/history.ts';
import { entriesToCsv, entriesToJson } from './export-entries.ts';

const entry: HistoryEntry = {
  id: 1,
  at: '2026-01-02T03:04:05.000Z',
  user: 'alice',
  agentId: 'a1',
  agentName: 'Billing, "main"',
  kind: 'save',
  source: 'editor',
  outcome: 'saved',
  reason: null,
  changes: [
    { field: 'name', before: '=cmd()', after: 'Billing, "main"' },
    { field: 'actionIds', before: null, after: ['x', 'y'] },
  ],
};

describe('exports', () => {
  it('writes one CSV row per changed field, quoted, with formulas defused', () => {
    const lines = entriesToCsv([entry]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'at,user,agentId,agentName,kind,source,outcome,reason,field,before,after',
    );
    expect(lines[1]).toBe(
      `2026-01-02T03:04:05.000Z,alice,a1,"Billing, ""main""",save,editor,saved,,name,'=cmd(),"Billing, ""main"""`,
    );
    expect(lines[2]).toMatch(/,actionIds,,"\[""x"",""y""\]"$/);
  });

  it('writes JSON that reads back as the entries', () => {
    expect(JSON.parse(entriesToJson([entry]))).toEqual([entry]);
  });
});
