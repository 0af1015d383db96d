import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import { agentToFormInput } from '../form/agent-form-input.ts';
import { createAgentFormSchema } from '../form/agent-form-schema.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { applyAgentPatch, buildAgentPatch } from '../patch/build-agent-patch.ts';
import { agentBaseline } from '../patch/normalise-agent.ts';
import { computeChangeSet, describeSave, resetField, undoInputs } from './change-set.ts';

const LANGUAGES = ['en', 'es', 'fr', 'de'];
const VOICES = ['v1', 'v2'];
const PHONES = ['+14155550123', '+442079460000'];
const ACTIONS = ['a1', 'a2', 'a3'];
const SCENARIOS = ['t1', 't2'];
const GREETINGS = ['Hello?', 'Hi there', ' Welcome '];

const agentArb = (types: readonly (string | null)[]): fc.Arbitrary<PhoneAgent> =>
  fc.record({
    id: fc.constant('agent_1'),
    name: fc.constantFrom('Front desk', ' Sales ', 'Reception'),
    type: fc.constantFrom(...types),
    language: fc.oneof(
      fc.constant(null),
      fc.constantFrom(...LANGUAGES),
      fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1, maxLength: 3 }),
    ),
    voice_id: fc.option(fc.constantFrom(...VOICES), { nil: null }),
    first_message: fc.option(fc.constantFrom(...GREETINGS, ''), { nil: null }),
    handoff_phone_number: fc.option(fc.constantFrom(...PHONES), { nil: null }),
    use_org_knowledgebase: fc.option(fc.boolean(), { nil: null }),
    actionIds: fc.option(fc.uniqueArray(fc.constantFrom(...ACTIONS)), { nil: null }),
    instructions: fc.option(fc.uniqueArray(fc.constantFrom(...SCENARIOS)), { nil: null }),
  });

const inputArb: fc.Arbitrary<AgentFormInput> = fc.record({
  name: fc.constantFrom('Front desk', 'Sales', 'Reception ', 'New name'),
  type: fc.constantFrom('inbound' as const, 'outbound' as const, null),
  voice_id: fc.option(fc.constantFrom(...VOICES), { nil: null }),
  language: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  first_message: fc.constantFrom(...GREETINGS, '', '  '),
  handoff_phone_number: fc.constantFrom(...PHONES, '', '+1 415 555 0123'),
  use_org_knowledgebase: fc.boolean(),
  actions_mode: fc.constantFrom('all' as const, 'none' as const, 'selected' as const),
  action_ids: fc.uniqueArray(fc.constantFrom(...ACTIONS), { minLength: 1 }),
  instructions: fc.uniqueArray(fc.constantFrom(...SCENARIOS)),
});

/** Some fields from the agent, some from the generated edits: realistic partial edits. */
const editArb = (types: readonly (string | null)[]) =>
  fc
    .tuple(agentArb(types), inputArb, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }))
    .map(([agent, edits, take]) => {
      const saved = agentToFormInput(agent);
      const keys = Object.keys(saved) as (keyof AgentFormInput)[];
      const values = { ...saved };
      keys.forEach((key, i) => {
        if (take[i]) Object.assign(values, { [key]: edits[key] });
      });
      return { agent, values };
    });

const ALL_TYPES = ['inbound', 'outbound', 'hybrid', null] as const;
const sortedKeys = (o: object) => Object.keys(o).sort();

describe('the change set', () => {
  it('has exactly the keys of the PATCH body the save sends', async () => {
    await fc.assert(
      fc.asyncProperty(editArb(ALL_TYPES), async ({ agent, values }) => {
        const parsed = await createAgentFormSchema(agent).safeParseAsync(values);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const body = buildAgentPatch(agent, parsed.data);
        expect([...computeChangeSet(agent, values).keys].sort()).toEqual(sortedKeys(body));
      }),
      { numRuns: 300 },
    );
  });

  it('is empty once every changed field is reset', () => {
    fc.assert(
      fc.property(editArb(ALL_TYPES), ({ agent, values }) => {
        const changes = computeChangeSet(agent, values);
        const reset = changes.keys.reduce(
          (current, key) => resetField(computeChangeSet(agent, current), key),
          values,
        );
        expect(computeChangeSet(agent, reset).keys).toEqual([]);
      }),
    );
  });

  it("Undo's body restores exactly the fields the save changed", () => {
    // OpenCX cannot be sent a type it does not know, so Undo can only restore known ones.
    fc.assert(
      fc.property(editArb(['inbound', 'outbound']), ({ agent: before, values }) => {
        const sent = computeChangeSet(before, values);
        fc.pre(!sent.patch.handoff_phone_number?.includes(' '));
        const saved = applyAgentPatch(before, sent.patch);
        const undoValues = { ...agentToFormInput(saved), ...undoInputs(before, sent.keys) };
        const undo = computeChangeSet(saved, undoValues);

        expect(undo.keys).toEqual(sent.keys);
        const restored = agentBaseline(applyAgentPatch(saved, undo.patch));
        const original = agentBaseline(before);
        for (const key of sent.keys) {
          const field = key as keyof typeof original;
          if (key === 'name') expect(restored.name.trim()).toBe(original.name.trim());
          else if (Array.isArray(original[field]))
            expect([...(restored[field] as string[])].sort()).toEqual(
              [...(original[field] as string[])].sort(),
            );
          else expect(restored[field]).toEqual(original[field]);
        }
      }),
    );
  });
});

describe('describeSave', () => {
  it('names what was saved and what was taken from elsewhere', () => {
    const taken: AgentPatchKey[] = ['type', 'handoff_phone_number'];
    expect(describeSave({ sent: ['handoff_phone_number'], taken })).toEqual({
      saved: 'Saved: Handoff phone number',
      taken: 'Also took Type from a change made elsewhere.',
    });
    expect(describeSave({ sent: ['name', 'first_message'], taken: [] })).toEqual({
      saved: 'Saved: Name, First message',
      taken: null,
    });
  });
});
