import * as libphonenumber from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './agent-search-index.ts';
import { compileSearch, matchesSearch } from './agent-search.ts';
import { filterAgents } from './filter-agents.ts';
import { NO_FILTERS } from './agent-filters.ts';
import { testAgent } from './test-agents.ts';

const agents = buildSearchIndex([
  testAgent({
    id: '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42',
    name: 'Front Desk — Acme Dental',
    phone_number: '+14155550123',
  }),
  testAgent({
    id: '8a41c0de-0000-4000-8000-000000000001',
    name: 'Kundenservice — Müller GmbH',
    phone_number: '+442079460018',
  }),
  testAgent({ id: 'c0ffee00-0000-4000-8000-000000000002', name: null, phone_number: null }),
]);

/** Names of the agents a search box value finds, with the phone parser loaded (in the US). */
function find(text: string, parser: typeof libphonenumber | null = libphonenumber) {
  const search = compileSearch(text, parser, 'US');
  return filterAgents(agents, search, NO_FILTERS).map((e) => e.displayName);
}

describe('agent search', () => {
  it('matches names regardless of case and accents, every word anywhere', () => {
    expect(find('muller')).toEqual(['Kundenservice — Müller GmbH']);
    expect(find('MÜLLER')).toEqual(['Kundenservice — Müller GmbH']);
    expect(find('acme front')).toEqual(['Front Desk — Acme Dental']);
    expect(find('unnamed')).toEqual(['Unnamed agent']);
    expect(find('acme müller')).toEqual([]);
  });

  it('finds a phone number however it is written', () => {
    for (const text of [
      '(415) 555-0123',
      '415.555.0123',
      '+1 415 555 0123',
      '1-415-555-0123',
      '011 1 415 555 0123',
      '555-0123',
    ]) {
      expect(find(text), text).toEqual(['Front Desk — Acme Dental']);
    }
    expect(find('+44 20 7946 0018')).toEqual(['Kundenservice — Müller GmbH']);
  });

  it('reads national formats in the person’s own country', () => {
    const inUk = compileSearch('020 7946 0018', libphonenumber, 'GB');
    expect(inUk && agents.filter((e) => matchesSearch(e, inUk)).map((e) => e.displayName)).toEqual([
      'Kundenservice — Müller GmbH',
    ]);
  });

  it('anchors a number typed with + at the country code', () => {
    expect(find('+4415')).toEqual([]);
    expect(find('+1415')).toEqual(['Front Desk — Acme Dental']);
  });

  it('still finds common formats by their digits before the parser has loaded', () => {
    expect(find('(415) 555-0123', null)).toEqual(['Front Desk — Acme Dental']);
    expect(find('+44 20 7946', null)).toEqual(['Kundenservice — Müller GmbH']);
  });

  it('matches an agent ID exactly or by a prefix of four characters or more', () => {
    expect(find('3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42')).toEqual(['Front Desk — Acme Dental']);
    expect(find('3F6C2A1E')).toEqual(['Front Desk — Acme Dental']);
    expect(find('"c0ffee00-0000-4000-8000-000000000002",')).toEqual(['Unnamed agent']);
    expect(find('c0f')).toEqual([]);
  });

  it('treats a blank box as no search', () => {
    expect(compileSearch('   ', libphonenumber, 'US')).toBeNull();
    expect(find('  ')).toHaveLength(3);
  });
});
