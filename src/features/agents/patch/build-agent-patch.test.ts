import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgentType, PhoneAgent } from '../../../api/schemas/agent.ts';
import {
  agentPatchSchema,
  type AgentPatch,
  type AgentPatchKey,
} from '../../../api/schemas/agent-patch.ts';
import type { AgentFormOutput } from '../form/agent-form-values.ts';
import { applyAgentPatch, buildAgentPatch, changedFieldLabels } from './build-agent-patch.ts';
import { agentBaseline } from './normalise-agent.ts';

const agent: PhoneAgent = {
  id: 'agent_1',
  org_id: 'org_1',
  name: 'Front desk',
  type: 'inbound',
  language: ['en', 'es'],
  voice_id: 'v1',
  first_message: 'Hello?',
  handoff_phone_number: null,
  use_org_knowledgebase: null,
  actionIds: ['a1', 'a2'],
  instructions: null,
  model: 'oppie-vox-9',
  recording_enabled: true,
};
const untouched: AgentFormOutput = agentBaseline(agent);

describe('buildAgentPatch', () => {
  it('sends nothing for untouched values', () => {
    expect(buildAgentPatch(agent, untouched)).toEqual({});
  });

  it('sends only the fields that changed', () => {
    const values = { ...untouched, name: 'Reception', first_message: null };
    expect(buildAgentPatch(agent, values)).toEqual({ name: 'Reception', first_message: null });
  });

  it('compares the name trimmed', () => {
    expect(buildAgentPatch({ ...agent, name: '  Front desk ' }, untouched)).toEqual({});
  });

  it('never sends a type the user did not pick', () => {
    expect(buildAgentPatch(agent, { ...untouched, type: null })).toEqual({});
    expect(buildAgentPatch({ ...agent, type: 'hybrid' }, { ...untouched, type: null })).toEqual({});
    expect(
      buildAgentPatch(
        { id: 'a', name: 'x' },
        { ...agentBaseline({ id: 'a', name: 'x' }), type: 'outbound' },
      ),
    ).toEqual({
      type: 'outbound',
    });
  });

  it('compares the primary language of a language list', () => {
    expect(buildAgentPatch(agent, { ...untouched, language: 'en' })).toEqual({});
    expect(buildAgentPatch(agent, { ...untouched, language: 'fr' })).toEqual({ language: 'fr' });
  });

  it('treats null and missing booleans and lists as their defaults', () => {
    expect(untouched.use_org_knowledgebase).toBe(false);
    expect(untouched.instructions).toEqual([]);
    expect(buildAgentPatch(agent, { ...untouched, instructions: [] })).toEqual({});
  });

  it('ignores the order of lists', () => {
    const values = { ...untouched, actionIds: ['a2', 'a1'] };
    expect(buildAgentPatch(agent, values)).toEqual({});
    const withScenarios = { ...agent, instructions: ['t1', 't2'] };
    expect(
      buildAgentPatch(withScenarios, {
        ...agentBaseline(withScenarios),
        instructions: ['t2', 't1'],
      }),
    ).toEqual({});
  });

  it('keeps every action (null), no action ([]) and some actions apart', () => {
    expect(buildAgentPatch(agent, { ...untouched, actionIds: null })).toEqual({ actionIds: null });
    expect(buildAgentPatch(agent, { ...untouched, actionIds: [] })).toEqual({ actionIds: [] });
    const none = { ...agent, actionIds: [] };
    expect(buildAgentPatch(none, { ...untouched, actionIds: null })).toEqual({ actionIds: null });
    expect(JSON.stringify(buildAgentPatch(none, { ...untouched, actionIds: null }))).toBe(
      '{"actionIds":null}',
    );
    const all = { ...agent, actionIds: null };
    expect(buildAgentPatch(all, { ...untouched, actionIds: [] })).toEqual({ actionIds: [] });
  });

  it('sends a cleared handoff number as null and a blank first message as null', () => {
    const withHandoff = { ...agent, handoff_phone_number: '+14155550123' };
    const values = { ...agentBaseline(withHandoff), handoff_phone_number: null };
    expect(buildAgentPatch(withHandoff, values)).toEqual({ handoff_phone_number: null });
    expect(
      buildAgentPatch({ ...agent, first_message: '' }, { ...untouched, first_message: null }),
    ).toEqual({});
  });
});

describe('changedFieldLabels', () => {
  it('names the changed fields in form order, null values included', () => {
    expect(changedFieldLabels({ first_message: null, name: 'x' })).toEqual([
      'Name',
      'First message',
    ]);
    expect(changedFieldLabels({})).toEqual([]);
  });

  it('has a label for every key', () => {
    const all: AgentPatch = {
      name: 'x',
      type: 'inbound',
      voice_id: null,
      language: null,
      first_message: null,
      handoff_phone_number: null,
      use_org_knowledgebase: false,
      actionIds: null,
      instructions: [],
    };
    expect(changedFieldLabels(all)).toEqual([
      'Name',
      'Type',
      'Voice',
      'Language',
      'First message',
      'Handoff phone number',
      'Use knowledge base',
      'Actions',
      'Training scenarios',
    ]);
  });
});

describe('applyAgentPatch', () => {
  it('writes the patched keys and keeps everything else', () => {
    const next = applyAgentPatch(agent, { name: 'Reception', actionIds: null });
    expect(next).toEqual({ ...agent, name: 'Reception', actionIds: null });
    expect(agent.name).toBe('Front desk');
  });

  it.each([
    ['a list', ['en', 'es'], 'fr', ['fr']],
    ['a list', ['en', 'es'], null, null],
    ['a string', 'en', 'fr', 'fr'],
    ['null', null, 'fr', 'fr'],
  ])('puts a new primary language into %s', (_, language, patched, expected) => {
    expect(applyAgentPatch({ ...agent, language }, { language: patched }).language).toEqual(
      expected,
    );
  });
});

// ---- properties ----

const ACTION_IDS = ['a1', 'a2', 'a3', 'a4'];
const SCENARIO_IDS = ['t1', 't2', 't3'];
const VOICES = ['v1', 'v2', 'v3'];
const LANGUAGES = ['en', 'es', 'fr', 'de'];
const PHONES = ['+14155550123', '+442071838750', '+12'];
const GREETINGS = ['Hello?', 'Hi, how can I help?', 'Bonjour'];

const idList = (ids: string[]) =>
  fc.uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length });
const actionState = fc.oneof(
  fc.constant(null),
  fc.constant<string[]>([]),
  fc.uniqueArray(fc.constantFrom(...ACTION_IDS), { minLength: 1, maxLength: 4 }),
);
const formName = fc.oneof(
  fc.constantFrom('Front desk', 'Sales'),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => s.trim())
    .filter((s) => s !== ''),
);
const formGreeting = fc.oneof(
  fc.constantFrom(...GREETINGS),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);

const agentArb: fc.Arbitrary<PhoneAgent> = fc.record(
  {
    id: fc.constant('agent_1'),
    name: fc.option(fc.oneof(fc.constantFrom('Front desk', ' Sales ', '', '  '), fc.string()), {
      nil: null,
    }),
    type: fc.option(fc.constantFrom('inbound', 'outbound', 'hybrid'), { nil: null }),
    model: fc.option(fc.constantFrom('oppie-vox', 'oppie-vox-next'), { nil: null }),
    language: fc.oneof(
      fc.constant(null),
      fc.constantFrom(...LANGUAGES),
      fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
    ),
    voice_id: fc.option(fc.constantFrom(...VOICES, ''), { nil: null }),
    first_message: fc.option(fc.constantFrom(...GREETINGS, '', '   '), { nil: null }),
    handoff_phone_number: fc.option(fc.constantFrom(...PHONES, ''), { nil: null }),
    use_org_knowledgebase: fc.option(fc.boolean(), { nil: null }),
    actionIds: actionState,
    instructions: fc.option(idList(SCENARIO_IDS), { nil: null }),
    recording_enabled: fc.boolean(),
    some_future_field: fc.jsonValue(),
  },
  { requiredKeys: ['id'] },
);

const valuesArb: fc.Arbitrary<AgentFormOutput> = fc.record({
  name: formName,
  type: fc.constantFrom<AgentType | null>(null, 'inbound', 'outbound'),
  voice_id: fc.option(fc.constantFrom(...VOICES), { nil: null }),
  language: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  first_message: fc.option(formGreeting, { nil: null }),
  handoff_phone_number: fc.option(fc.constantFrom(...PHONES), { nil: null }),
  use_org_knowledgebase: fc.boolean(),
  actionIds: actionState,
  instructions: idList(SCENARIO_IDS),
});

const FORM_KEYS: (keyof AgentFormOutput)[] = [
  'name',
  'type',
  'voice_id',
  'language',
  'first_message',
  'handoff_phone_number',
  'use_org_knowledgebase',
  'actionIds',
  'instructions',
];

/** The baseline as a valid form would hold it: name trimmed and present, lists reordered. */
function formSafe(base: AgentFormOutput): fc.Arbitrary<AgentFormOutput> {
  const shuffled = (ids: string[]) => fc.shuffledSubarray(ids, { minLength: ids.length });
  return fc
    .record({
      actionIds: base.actionIds === null ? fc.constant(null) : shuffled(base.actionIds),
      instructions: shuffled(base.instructions),
    })
    .map((lists) => ({ ...base, ...lists, name: base.name.trim() || 'Unnamed' }));
}

/** Values that start from the agent and change some fields, so equal and unequal both occur. */
const editedPairArb = agentArb.chain((a) =>
  fc
    .tuple(formSafe(agentBaseline(a)), valuesArb, fc.uniqueArray(fc.constantFrom(...FORM_KEYS)))
    .map(([start, other, keys]) => {
      const values = { ...start };
      for (const key of keys) Object.assign(values, { [key]: other[key] });
      return { agent: a, values };
    }),
);
const pairArb = fc.oneof(editedPairArb, fc.record({ agent: agentArb, values: valuesArb }));

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** The comparison the patch is defined by, written independently of the code under test. */
function sameField(key: keyof AgentFormOutput, a: unknown, b: unknown): boolean {
  if (key === 'name') return String(a).trim() === String(b).trim();
  if (key === 'actionIds' || key === 'instructions') {
    if (a === null || b === null) return a === b;
    return sameSet(a as string[], b as string[]);
  }
  return a === b;
}

describe('buildAgentPatch properties', () => {
  it('(a) sends only keys that differ from the baseline, as a valid body', () => {
    fc.assert(
      fc.property(pairArb, ({ agent: a, values }) => {
        const patch = buildAgentPatch(a, values);
        const base = agentBaseline(a);
        for (const key of Object.keys(patch) as AgentPatchKey[]) {
          expect(sameField(key, patch[key], base[key])).toBe(false);
        }
        expect(agentPatchSchema.safeParse(patch).success).toBe(true);
      }),
    );
  });

  it('(b) applying the patch yields the values (type null keeps the old type)', () => {
    fc.assert(
      fc.property(pairArb, ({ agent: a, values }) => {
        const after = agentBaseline(applyAgentPatch(a, buildAgentPatch(a, values)));
        const expected = { ...values, type: values.type ?? agentBaseline(a).type };
        for (const key of FORM_KEYS) {
          expect({ key, same: sameField(key, after[key], expected[key]) }).toEqual({
            key,
            same: true,
          });
        }
      }),
    );
  });

  it('(c) every move between all (null), none ([]) and some actions is sent as exactly that', () => {
    fc.assert(
      fc.property(agentArb, actionState, actionState, (a, from, to) => {
        const start = { ...a, actionIds: from };
        const base = {
          ...agentBaseline(start),
          name: agentBaseline(start).name.trim() || 'Unnamed',
        };
        const rest = buildAgentPatch(start, base);
        const patch = buildAgentPatch(start, { ...base, actionIds: to });
        const same = from === null || to === null ? from === to : sameSet(from, to);
        expect(patch).toEqual(same ? rest : { ...rest, actionIds: to });
      }),
    );
  });

  it('(d) untouched values send nothing', () => {
    fc.assert(
      fc.property(agentArb, (a) => {
        expect(buildAgentPatch(a, agentBaseline(a))).toEqual({});
      }),
    );
  });

  it('is pure: neither the agent nor the values change', () => {
    fc.assert(
      fc.property(pairArb, ({ agent: a, values }) => {
        const before = structuredClone({ a, values });
        const patch = buildAgentPatch(a, values);
        applyAgentPatch(a, patch);
        expect({ a, values }).toEqual(before);
      }),
    );
  });
});
