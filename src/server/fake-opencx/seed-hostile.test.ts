// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedActions } from './seed-actions.ts';
import { FIRST_AGENT_ID, seedAgents } from './seed-agents.ts';
import {
  HOSTILE,
  HOSTILE_AGENT_ID,
  HOSTILE_AGENT_NAME,
  HOSTILE_FIRST_MESSAGE,
} from './seed-hostile.ts';
import { seedTraining } from './seed-training.ts';

describe('the hostile seed', () => {
  it('is one more agent, after the regular seed, that keeps the first agent first', () => {
    const agents = seedAgents();
    expect(agents[0]?.id).toBe(FIRST_AGENT_ID);
    expect(agents.at(-1)).toMatchObject({
      id: HOSTILE_AGENT_ID,
      name: HOSTILE_AGENT_NAME,
      first_message: HOSTILE_FIRST_MESSAGE,
    });
  });

  it('holds markup, script URLs, bidi overrides, emoji, zero-width and 10,000-character text', () => {
    const text = JSON.stringify([seedAgents().at(-1), seedActions(), seedTraining()]);
    for (const value of Object.values(HOSTILE))
      expect(text).toContain(JSON.stringify(value).slice(1, -1));
    expect(HOSTILE.long).toHaveLength(10_000);
    expect(HOSTILE_FIRST_MESSAGE.length).toBeGreaterThan(10_000);
    expect(HOSTILE.rtlOverride).toContain('\u202E');
    expect(HOSTILE.zeroWidth).toMatch(/\u200B/);
  });

  it('references only actions and scenarios that exist', () => {
    const hostile = seedAgents().at(-1);
    const actions = new Set(seedActions().map((a) => a.id));
    const scenarios = new Set(seedTraining().map((s) => s.id));
    for (const id of hostile?.actionIds ?? []) expect(actions.has(id), id).toBe(true);
    for (const id of hostile?.instructions ?? []) expect(scenarios.has(id), id).toBe(true);
  });
});
