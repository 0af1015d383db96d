// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KNOWN_MODELS, phoneAgentSchema } from '../../api/schemas/agent.ts';
import { actionSchema, trainingScenarioSchema, voiceSchema } from '../../api/schemas/lookups.ts';
import { E164_PATTERN } from '../../api/schemas/agent-patch.ts';
import { seedActions } from './seed-actions.ts';
import { FIRST_AGENT_ID, seedAgents } from './seed-agents.ts';
import { seedTraining } from './seed-training.ts';
import { seedVoices } from './seed-voices.ts';

const agents = seedAgents();
const voices = seedVoices();
const actions = seedActions();
const training = seedTraining();

describe('seed data', () => {
  it('passes the shared app schemas item by item', () => {
    for (const agent of agents) expect(phoneAgentSchema.safeParse(agent).error).toBeUndefined();
    for (const voice of voices) expect(voiceSchema.safeParse(voice).error).toBeUndefined();
    for (const action of actions) expect(actionSchema.safeParse(action).error).toBeUndefined();
    for (const s of training) expect(trainingScenarioSchema.safeParse(s).error).toBeUndefined();
  });

  it('has enough of everything, with unique IDs', () => {
    expect(agents.length).toBeGreaterThanOrEqual(25);
    expect(voices.length).toBeGreaterThanOrEqual(20);
    expect(actions.length).toBeGreaterThanOrEqual(30);
    expect(training.length).toBeGreaterThanOrEqual(40);
    for (const list of [agents, voices, actions, training]) {
      expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    }
  });

  it('is deterministic', () => {
    expect(seedAgents()).toEqual(agents);
    expect(seedTraining()).toEqual(training);
  });

  it('starts with a clean inbound agent whose references all exist', () => {
    const first = agents[0];
    expect(first).toMatchObject({
      id: FIRST_AGENT_ID,
      name: 'Front Desk — Acme Dental',
      type: 'inbound',
      model: 'oppie-vox-2',
      language: 'en',
    });
    expect(voices.some((v) => v.id === first?.voice_id)).toBe(true);
    expect(first?.actionIds).toHaveLength(2);
    for (const id of first?.actionIds ?? []) expect(actions.some((a) => a.id === id)).toBe(true);
    expect(first?.instructions).toHaveLength(2);
    for (const id of first?.instructions ?? []) {
      expect(training.find((s) => s.id === id)?.is_draft).toBe(false);
    }
  });

  it('covers every agent variant of the contract', () => {
    const has = (predicate: (a: (typeof agents)[number]) => boolean) => agents.some(predicate);
    const actionIds = new Set(actions.map((a) => a.id));
    const scenarios = new Map(training.map((s) => [s.id, s]));
    expect(has((a) => a.name === null)).toBe(true);
    expect(has((a) => typeof a.language === 'string')).toBe(true);
    expect(has((a) => Array.isArray(a.language) && a.language.length > 1)).toBe(true);
    expect(has((a) => a.language === null)).toBe(true);
    expect(has((a) => a.actionIds === null)).toBe(true);
    expect(has((a) => Array.isArray(a.actionIds) && a.actionIds.length === 0)).toBe(true);
    expect(has((a) => (a.actionIds ?? []).some((id) => !actionIds.has(id)))).toBe(true);
    expect(has((a) => a.instructions === null)).toBe(true);
    expect(has((a) => Array.isArray(a.instructions) && a.instructions.length === 0)).toBe(true);
    expect(has((a) => (a.instructions ?? []).some((id) => !scenarios.has(id)))).toBe(true);
    expect(has((a) => (a.instructions ?? []).some((id) => scenarios.get(id)?.is_draft))).toBe(true);
    expect(has((a) => 'recording_enabled' in a && 'failover_transfer_destination_id' in a)).toBe(
      true,
    );
    expect(agents.filter((a) => !('type' in a) && !('model' in a))).toHaveLength(1);
    expect(has((a) => a.model === 'oppie-vox-3-preview')).toBe(true);
    for (const model of KNOWN_MODELS) expect(has((a) => a.model === model)).toBe(true);
    expect(has((a) => a.phone_number === null)).toBe(true);
    expect(has((a) => a.first_message === null)).toBe(true);
    for (const v of [true, false, null])
      expect(has((a) => a.use_org_knowledgebase === v)).toBe(true);
    expect(has((a) => 'beta_flags' in a)).toBe(true);
    expect(has((a) => a.handoff_phone_number === null)).toBe(true);
  });

  it('uses E.164 handoff numbers from many countries', () => {
    const numbers = agents.flatMap((a) => (a.handoff_phone_number ? [a.handoff_phone_number] : []));
    for (const n of numbers) expect(n).toMatch(E164_PATTERN);
    for (const prefix of ['+1', '+44', '+49', '+33', '+91', '+61', '+55']) {
      expect(numbers.some((n) => n.startsWith(prefix))).toBe(true);
    }
  });

  it('has drafts, question-only scenarios and both types', () => {
    expect(training.some((s) => s.is_draft && s.draft_title)).toBe(true);
    expect(training.some((s) => s.question && !s.title && !s.draft_title)).toBe(true);
    expect(new Set(training.map((s) => s.type))).toEqual(
      new Set(['BEHAVIORAL', 'SCENARIO_SPECIFIC']),
    );
    expect(voices.some((v) => v.preview_url) && voices.some((v) => !v.preview_url)).toBe(true);
  });
});
