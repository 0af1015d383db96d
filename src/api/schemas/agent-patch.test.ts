import { describe, expect, it } from 'vitest';
import { AGENT_PATCH_KEYS, agentPatchSchema } from './agent-patch.ts';

const valid = agentPatchSchema.safeParse.bind(agentPatchSchema);

describe('agentPatchSchema', () => {
  it('accepts an empty body (nothing changes)', () => {
    expect(valid({}).success).toBe(true);
  });

  it('accepts every field with its documented nulls', () => {
    const body = {
      name: 'Front desk',
      type: 'outbound',
      voice_id: null,
      language: null,
      first_message: null,
      instructions: null,
      handoff_phone_number: null,
      use_org_knowledgebase: null,
      actionIds: null,
    };
    expect(agentPatchSchema.parse(body)).toEqual(body);
  });

  it('keeps actionIds null, [] and a list apart', () => {
    for (const actionIds of [null, [], ['a1']]) {
      expect(agentPatchSchema.parse({ actionIds })).toEqual({ actionIds });
    }
  });

  it.each([
    ['an unknown key', { speed: 1.2 }],
    ['a read-only key', { model: 'oppie-vox' }],
    ['a bad type', { type: 'sideways' }],
    ['a blank name', { name: '   ' }],
    ['a null name', { name: null }],
    ['a blank first message', { first_message: ' ' }],
    ['a language that is not a code', { language: 'English' }],
    ['a language array', { language: ['en'] }],
    ['a number with spaces', { handoff_phone_number: '+1 415 555 0123' }],
    ['a number without +', { handoff_phone_number: '14155550123' }],
    ['a number starting +0', { handoff_phone_number: '+0123456789' }],
    ['a number too short (+1)', { handoff_phone_number: '+1' }],
    ['a number of 16 digits', { handoff_phone_number: '+1234567890123456' }],
    ['an empty action id', { actionIds: [''] }],
    ['use_org_knowledgebase as a string', { use_org_knowledgebase: 'yes' }],
  ])('rejects %s', (_, body) => {
    expect(valid(body).success).toBe(false);
  });

  it.each(['+12', '+14155550123', '+442071838750', '+123456789012345'])(
    'accepts the E.164 number %s',
    (number) => {
      expect(valid({ handoff_phone_number: number }).success).toBe(true);
    },
  );

  it('lists exactly the contract keys', () => {
    expect([...AGENT_PATCH_KEYS].sort()).toEqual(
      [
        'actionIds',
        'first_message',
        'handoff_phone_number',
        'instructions',
        'language',
        'name',
        'type',
        'use_org_knowledgebase',
        'voice_id',
      ].sort(),
    );
  });
});
