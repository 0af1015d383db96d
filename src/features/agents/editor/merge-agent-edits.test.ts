import { describe, expect, it } from 'vitest';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { mergeAgentEdits } from './merge-agent-edits.ts';

const base: AgentFormInput = {
  name: 'Front Desk',
  type: 'inbound',
  voice_id: 'voice_aria',
  language: 'en',
  first_message: 'Hello!',
  handoff_phone_number: '+14155550123',
  use_org_knowledgebase: true,
  actions_mode: 'selected',
  action_ids: ['a', 'b'],
  instructions: ['s1'],
};

describe('mergeAgentEdits', () => {
  it('takes fields only they changed and keeps fields only I changed', () => {
    const theirs = { ...base, name: 'Renamed', voice_id: 'voice_sam' };
    const mine = { ...base, first_message: 'Hi there' };
    const result = mergeAgentEdits(base, theirs, mine);
    expect(result.merged).toEqual({
      ...base,
      name: 'Renamed',
      voice_id: 'voice_sam',
      first_message: 'Hi there',
    });
    expect(result.theirs).toEqual(['name', 'voice_id']);
    expect(result.conflicts).toEqual([]);
  });

  it('reports a conflict when both changed a field differently, keeping mine for now', () => {
    const result = mergeAgentEdits(base, { ...base, name: 'Theirs' }, { ...base, name: 'Mine' });
    expect(result.conflicts).toEqual(['name']);
    expect(result.merged.name).toBe('Mine');
  });

  it('sees the same change made on both sides as no conflict', () => {
    const result = mergeAgentEdits(base, { ...base, name: 'Same' }, { ...base, name: ' Same ' });
    expect(result.conflicts).toEqual([]);
    expect(result.theirs).toEqual([]);
  });

  it('treats the actions mode and list as one field, and null/[]/list as distinct', () => {
    const theirs = { ...base, actions_mode: 'none' as const };
    const mine = { ...base, actions_mode: 'all' as const };
    expect(mergeAgentEdits(base, theirs, mine).conflicts).toEqual(['actionIds']);
    const reordered = { ...base, action_ids: ['b', 'a'] };
    expect(mergeAgentEdits(base, reordered, base).theirs).toEqual([]);
    const taken = mergeAgentEdits(base, theirs, base);
    expect(taken.merged.actions_mode).toBe('none');
    expect(taken.theirs).toEqual(['actionIds']);
  });

  it('treats a blank first message and null alike', () => {
    const result = mergeAgentEdits(
      { ...base, first_message: '' },
      { ...base, first_message: '   ' },
      { ...base, first_message: '' },
    );
    expect(result.theirs).toEqual([]);
  });
});
