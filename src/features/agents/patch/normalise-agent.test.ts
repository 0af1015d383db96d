import { describe, expect, it } from 'vitest';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { agentBaseline } from './normalise-agent.ts';

describe('agentBaseline', () => {
  it('fills the gaps of a sparse agent the way the form would', () => {
    expect(agentBaseline({ id: 'a1' })).toEqual({
      name: '',
      type: null,
      voice_id: null,
      language: null,
      first_message: null,
      handoff_phone_number: null,
      use_org_knowledgebase: false,
      actionIds: null,
      instructions: [],
    });
  });

  it('keeps a full agent as it is', () => {
    const agent: PhoneAgent = {
      id: 'a1',
      name: 'Front desk',
      type: 'outbound',
      voice_id: 'v1',
      language: 'es',
      first_message: 'Hola',
      handoff_phone_number: '+14155550123',
      use_org_knowledgebase: true,
      actionIds: ['x', 'y'],
      instructions: ['t1'],
    };
    expect(agentBaseline(agent)).toEqual({
      name: 'Front desk',
      type: 'outbound',
      voice_id: 'v1',
      language: 'es',
      first_message: 'Hola',
      handoff_phone_number: '+14155550123',
      use_org_knowledgebase: true,
      actionIds: ['x', 'y'],
      instructions: ['t1'],
    });
  });

  it('reads the primary language of the newest array form', () => {
    expect(agentBaseline({ id: 'a1', language: ['fr', 'en'] }).language).toBe('fr');
  });

  it('treats an unknown type as unknown', () => {
    expect(agentBaseline({ id: 'a1', type: 'hybrid' }).type).toBeNull();
  });

  it('treats blank strings as null', () => {
    const baseline = agentBaseline({
      id: 'a1',
      first_message: '  ',
      handoff_phone_number: '',
      voice_id: '',
    });
    expect(baseline).toMatchObject({
      first_message: null,
      handoff_phone_number: null,
      voice_id: null,
    });
  });

  it('keeps actionIds null (all) and [] (none) apart', () => {
    expect(agentBaseline({ id: 'a1', actionIds: null }).actionIds).toBeNull();
    expect(agentBaseline({ id: 'a1', actionIds: [] }).actionIds).toEqual([]);
  });

  it('does not share arrays with the agent', () => {
    const agent: PhoneAgent = { id: 'a1', actionIds: ['x'], instructions: ['t'] };
    const baseline = agentBaseline(agent);
    baseline.actionIds?.push('y');
    baseline.instructions.push('u');
    expect(agent).toEqual({ id: 'a1', actionIds: ['x'], instructions: ['t'] });
  });
});
