import { describe, expect, it } from 'vitest';
import { diffAgents, diffSave, sameValue } from './diff-agent.ts';

describe('sameValue', () => {
  it('ignores key order and treats missing as null', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true,
    );
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, [])).toBe(false);
  });
});

describe('diffAgents', () => {
  it('lists changed fields in name order, leaving out bookkeeping', () => {
    const before = { id: 'a', name: 'A', speed: 1, actionIds: null, updated_at: '1' };
    const after = { id: 'a', name: 'B', speed: 1, actionIds: [], updated_at: '2', accent: 'uk' };
    expect(diffAgents(before, after)).toEqual([
      { field: 'accent', before: null, after: 'uk' },
      { field: 'actionIds', before: null, after: [] },
      { field: 'name', before: 'A', after: 'B' },
    ]);
  });
});

describe('diffSave', () => {
  it('keeps only the sent fields that changed', () => {
    const before = { name: 'A', first_message: 'Hi' };
    const after = { name: 'B', first_message: 'Hi', speed: 2 };
    expect(diffSave(['name', 'first_message'], before, after)).toEqual([
      { field: 'name', before: 'A', after: 'B' },
    ]);
  });

  it('still says what was sent when nothing changed, and null before when never seen', () => {
    expect(diffSave(['name'], { name: 'A' }, { name: 'A' })).toEqual([
      { field: 'name', before: 'A', after: 'A' },
    ]);
    expect(diffSave(['name'], undefined, { name: 'A' })).toEqual([
      { field: 'name', before: null, after: 'A' },
    ]);
  });
});
