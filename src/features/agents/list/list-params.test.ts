import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './agent-filters.ts';
import { readListView, writeListView } from './list-params.ts';

describe('list view in the query string', () => {
  it('round-trips search, filters and sort', () => {
    const view = {
      query: '(415) 555-0123',
      filters: { type: 'outbound', model: 'oppie-vox', knowledgeBase: 'yes', handoff: 'no' },
      sort: '-updated',
    } as const;
    const params = writeListView(view);
    expect(params.toString()).toBe(
      'q=%28415%29+555-0123&type=outbound&model=oppie-vox&kb=yes&handoff=no&sort=-updated',
    );
    expect(readListView(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('leaves defaults out of the address and keeps unrelated params', () => {
    const params = writeListView(
      { query: '  ', filters: NO_FILTERS, sort: 'name' },
      new URLSearchParams('utm=x&q=old&type=inbound'),
    );
    expect(params.toString()).toBe('utm=x');
  });

  it('ignores values it does not know instead of hiding every agent', () => {
    expect(readListView(new URLSearchParams('type=robot&kb=maybe&sort=size'))).toEqual({
      query: '',
      filters: NO_FILTERS,
      sort: 'name',
    });
  });
});
