import { describe, expect, it } from 'vitest';
import type { PhoneAgent } from '../schemas/agent.ts';
import { planBulkEdit } from './plan-bulk-edit.ts';

const context = { allActionIds: ['a1', 'a2', 'a3'] };

function agent(overrides: Partial<PhoneAgent> = {}): PhoneAgent {
  return {
    id: 'ag_1',
    name: 'Billing',
    type: 'inbound',
    language: 'en',
    voice_id: 'v1',
    first_message: 'Hello',
    handoff_phone_number: '+14155550100',
    use_org_knowledgebase: false,
    actionIds: ['a1'],
    instructions: ['s1'],
    ...overrides,
  };
}

describe('planBulkEdit', () => {
  it('skips an agent that already holds every value', () => {
    const plan = planBulkEdit(
      agent(),
      { type: 'inbound', handoff_phone_number: '+14155550100', use_org_knowledgebase: false },
      context,
    );
    expect(plan.patch).toEqual({});
    expect(plan.changes).toEqual([]);
  });

  it('sends only the fields that differ, with before and after', () => {
    const plan = planBulkEdit(
      agent(),
      { handoff_phone_number: '+442071838750', use_org_knowledgebase: false },
      context,
    );
    expect(plan.patch).toEqual({ handoff_phone_number: '+442071838750' });
    expect(plan.changes).toEqual([
      { field: 'handoff_phone_number', before: '+14155550100', after: '+442071838750' },
    ]);
  });

  it('treats a blank stored value as empty and null as a clear', () => {
    expect(
      planBulkEdit(agent({ first_message: '  ' }), { first_message: null }, context).patch,
    ).toEqual({});
    expect(planBulkEdit(agent(), { first_message: null }, context).patch).toEqual({
      first_message: null,
    });
  });

  it('leaves a multi-language agent alone when its primary language already matches', () => {
    expect(
      planBulkEdit(agent({ language: ['es', 'en'] }), { language: 'es' }, context).patch,
    ).toEqual({});
    expect(
      planBulkEdit(agent({ language: ['en', 'es'] }), { language: 'es' }, context).patch,
    ).toEqual({ language: 'es' });
  });

  it('adds actions to a list, but not to an agent that may already use all of them', () => {
    expect(planBulkEdit(agent(), { actions: { mode: 'add', ids: ['a2'] } }, context).patch).toEqual(
      {
        actionIds: ['a1', 'a2'],
      },
    );
    expect(
      planBulkEdit(agent({ actionIds: null }), { actions: { mode: 'add', ids: ['a2'] } }, context)
        .patch,
    ).toEqual({});
    expect(
      planBulkEdit(
        agent({ actionIds: ['a2', 'a1'] }),
        { actions: { mode: 'add', ids: ['a1'] } },
        context,
      ).patch,
    ).toEqual({});
  });

  it('removing an action from "all actions" keeps every other one', () => {
    expect(
      planBulkEdit(
        agent({ actionIds: null }),
        { actions: { mode: 'remove', ids: ['a2'] } },
        context,
      ).patch,
    ).toEqual({ actionIds: ['a1', 'a3'] });
    expect(
      planBulkEdit(agent(), { actions: { mode: 'remove', ids: ['a3'] } }, context).patch,
    ).toEqual({});
  });

  it('tells all actions (null) from none ([])', () => {
    expect(planBulkEdit(agent(), { actions: { mode: 'all' } }, context).patch).toEqual({
      actionIds: null,
    });
    expect(
      planBulkEdit(agent({ actionIds: [] }), { actions: { mode: 'none' } }, context).patch,
    ).toEqual({});
    expect(
      planBulkEdit(agent({ actionIds: null }), { actions: { mode: 'none' } }, context).patch,
    ).toEqual({ actionIds: [] });
  });

  it('sets, adds and removes scenarios as sets', () => {
    expect(
      planBulkEdit(agent(), { scenarios: { mode: 'set', ids: ['s1', 's1'] } }, context).patch,
    ).toEqual({});
    expect(
      planBulkEdit(
        agent({ instructions: null }),
        { scenarios: { mode: 'add', ids: ['s2'] } },
        context,
      ).patch,
    ).toEqual({ instructions: ['s2'] });
    expect(
      planBulkEdit(agent(), { scenarios: { mode: 'remove', ids: ['s1'] } }, context).patch,
    ).toEqual({ instructions: [] });
  });
});
