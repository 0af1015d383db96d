import { describe, expect, it } from 'vitest';
import { hasActiveFilters, matchesFilters, modelsInList, NO_FILTERS } from './agent-filters.ts';
import { buildSearchIndex } from './agent-search-index.ts';
import { filterAgents } from './filter-agents.ts';
import { testAgent } from './test-agents.ts';

const index = buildSearchIndex([
  testAgent({ id: 'a', type: 'inbound', use_org_knowledgebase: true, handoff_phone_number: '+1' }),
  testAgent({ id: 'b', type: 'outbound', model: 'oppie-vox', use_org_knowledgebase: null }),
  testAgent({ id: 'c', type: undefined, model: undefined }),
]);
const ids = (filters: Partial<typeof NO_FILTERS>) =>
  filterAgents(index, null, { ...NO_FILTERS, ...filters }).map((e) => e.agent.id);

describe('agent filters', () => {
  it('filters by type, with a missing type as "unknown"', () => {
    expect(ids({ type: 'inbound' })).toEqual(['a']);
    expect(ids({ type: 'outbound' })).toEqual(['b']);
    expect(ids({ type: 'unknown' })).toEqual(['c']);
  });

  it('filters by model, with a missing model as "unknown"', () => {
    expect(ids({ model: 'oppie-vox' })).toEqual(['b']);
    expect(ids({ model: 'unknown' })).toEqual(['c']);
    expect(modelsInList(index)).toEqual(['oppie-vox', 'oppie-vox-2', 'unknown']);
  });

  it('treats a knowledge base that is not set as off', () => {
    expect(ids({ knowledgeBase: 'yes' })).toEqual(['a']);
    expect(ids({ knowledgeBase: 'no' })).toEqual(['b', 'c']);
  });

  it('filters by having a handoff number, and combines filters', () => {
    expect(ids({ handoff: 'yes' })).toEqual(['a']);
    expect(ids({ handoff: 'no', type: 'outbound' })).toEqual(['b']);
  });

  it('passes everything without filters, returning the same list', () => {
    expect(filterAgents(index, null, NO_FILTERS)).toBe(index);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(index.every((e) => matchesFilters(e, NO_FILTERS))).toBe(true);
  });
});
