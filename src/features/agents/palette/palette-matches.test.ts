import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../list/agent-search-index.ts';
import { compileSearch } from '../list/agent-search.ts';
import { testAgent } from '../list/test-agents.ts';
import { paletteMatches } from './palette-matches.ts';

const FULL_ID = 'abcd1234-0000-4000-8000-000000000009';
const index = buildSearchIndex([
  ...Array.from({ length: 30 }, (_, i) =>
    testAgent({ id: `abcd1234-0000-4000-8000-0000000000${String(i + 10)}`, name: `Desk ${i}` }),
  ),
  testAgent({ id: FULL_ID, name: 'Pasted one' }),
]);

describe('paletteMatches', () => {
  it('puts the agent whose complete ID was pasted first', () => {
    const matches = paletteMatches(index, compileSearch(` ${FULL_ID} `, null, 'US'), 5);
    expect(matches.map((m) => m.agent.id)).toEqual([FULL_ID]);
  });

  it('returns at most `limit` matches, and none for a blank query', () => {
    expect(paletteMatches(index, compileSearch('desk', null, 'US'), 5)).toHaveLength(5);
    expect(paletteMatches(index, compileSearch('', null, 'US'), 5)).toEqual([]);
  });
});
