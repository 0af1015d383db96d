import { describe, expect, it } from 'vitest';
import { agentListPageSchema, phoneAgentSchema, primaryLanguage } from './agent.ts';

const minimal = { id: 'agent_1', org_id: 'org_1', name: 'Front desk' };

describe('phoneAgentSchema', () => {
  it.each([
    ['a string (older)', 'en'],
    ['an array (newest)', ['en', 'es']],
    ['null', null],
  ])('accepts language as %s', (_, language) => {
    expect(phoneAgentSchema.parse({ ...minimal, language }).language).toEqual(language);
  });

  it('accepts an agent without type and model (the newest example omits them)', () => {
    const agent = phoneAgentSchema.parse(minimal);
    expect(agent.type).toBeUndefined();
    expect(agent.model).toBeUndefined();
  });

  it('keeps an unknown model and an unknown type as they are', () => {
    const agent = phoneAgentSchema.parse({ ...minimal, model: 'oppie-vox-9', type: 'hybrid' });
    expect(agent.model).toBe('oppie-vox-9');
    expect(agent.type).toBe('hybrid');
  });

  it('keeps unknown extra keys for display', () => {
    const agent = phoneAgentSchema.parse({
      ...minimal,
      recording_enabled: true,
      brand_new: { a: 1 },
    });
    expect(agent.recording_enabled).toBe(true);
    expect(agent['brand_new']).toEqual({ a: 1 });
  });

  it.each([
    ['null (all actions)', null],
    ['[] (no actions)', []],
    ['a list (only those)', ['act_1', 'act_2']],
  ])('keeps actionIds %s distinct', (_, actionIds) => {
    expect(phoneAgentSchema.parse({ ...minimal, actionIds }).actionIds).toEqual(actionIds);
  });

  it('rejects an agent without an id', () => {
    expect(phoneAgentSchema.safeParse({ name: 'x' }).success).toBe(false);
  });
});

describe('agentListPageSchema', () => {
  it('reads a bare array as the one and only page', () => {
    expect(agentListPageSchema.parse([minimal])).toEqual({ items: [minimal], next: null });
  });

  it.each([
    ['a cursor', 'c2', 'c2'],
    ['null', null, null],
    ['nothing', undefined, null],
  ])('reads {items, next} with next as %s', (_, next, expected) => {
    expect(agentListPageSchema.parse({ items: [minimal], next })).toEqual({
      items: [minimal],
      next: expected,
    });
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['en', 'en'],
    [['fr', 'en'], 'fr'],
    [[], null],
    [null, null],
    [undefined, null],
  ])('of %j is %j', (language, expected) => {
    expect(primaryLanguage(language)).toBe(expected);
  });
});
