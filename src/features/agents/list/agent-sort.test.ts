import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './agent-search-index.ts';
import { sortAgents } from './agent-sort.ts';
import { testAgent } from './test-agents.ts';

const index = buildSearchIndex([
  testAgent({ id: 'd', name: 'agent 10', updated_at: '2026-10-03T00:00:00Z' }),
  testAgent({ id: 'c', name: 'Agent 9', updated_at: '2026-10-01T00:00:00Z' }),
  testAgent({ id: 'b', name: 'Émile', updated_at: null }),
  testAgent({ id: 'a', name: 'emile', updated_at: '2026-10-02T00:00:00Z' }),
]);
const order = (sort: Parameters<typeof sortAgents>[1]) =>
  sortAgents(index, sort).map((e) => e.agent.id);

describe('sortAgents', () => {
  it('sorts by name naturally, ignoring case and accents, ties by ID', () => {
    expect(order('name')).toEqual(['c', 'd', 'a', 'b']);
    expect(order('-name')).toEqual(['a', 'b', 'd', 'c']);
  });

  it('sorts by updated time, with a missing time as the oldest', () => {
    expect(order('-updated')).toEqual(['d', 'a', 'c', 'b']);
    expect(order('updated')).toEqual(['b', 'c', 'a', 'd']);
  });

  it('leaves the input untouched', () => {
    sortAgents(index, '-name');
    expect(index.map((e) => e.agent.id)).toEqual(['d', 'c', 'b', 'a']);
  });
});
