import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listActions, listTrainingScenarios, listVoices } from './lookups-api.ts';

function stubFetch(...bodies: unknown[]) {
  const queue = [...bodies];
  const fetchMock = vi.fn(
    async (_input: string, _init?: RequestInit) =>
      new Response(JSON.stringify(queue.shift()), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const scenarios = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `t${from + i}`, title: `Scenario ${from + i}` }));

beforeEach(() => {
  vi.stubGlobal('location', { origin: 'http://app.test' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('listTrainingScenarios', () => {
  it('fetches every page of 100 while has_more', async () => {
    const fetchMock = stubFetch(
      { items: scenarios(0, 100), total: 230, limit: 100, offset: 0, has_more: true },
      { items: scenarios(100, 100), total: 230, limit: 100, offset: 100, has_more: true },
      { items: scenarios(200, 30), total: 230, limit: 100, offset: 200, has_more: false },
    );
    const { items: all, unreadable } = await listTrainingScenarios();
    expect(all).toHaveLength(230);
    expect(unreadable).toBe(0);
    expect(all[229]?.id).toBe('t229');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      'http://app.test/api/training?limit=100&offset=0',
      'http://app.test/api/training?limit=100&offset=100',
      'http://app.test/api/training?limit=100&offset=200',
    ]);
  });

  it('moves on by what arrived when the server sends smaller pages', async () => {
    const fetchMock = stubFetch(
      { items: scenarios(0, 50), has_more: true },
      { items: scenarios(50, 10), has_more: false },
    );
    expect((await listTrainingScenarios()).items).toHaveLength(60);
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://app.test/api/training?limit=100&offset=50');
  });

  it('takes the older bare array in one call', async () => {
    const fetchMock = stubFetch(scenarios(0, 3));
    expect((await listTrainingScenarios()).items).toHaveLength(3);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stops with an error on an empty page that claims more', async () => {
    stubFetch({ items: [], has_more: true });
    await expect(listTrainingScenarios()).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('voices and actions', () => {
  it('reads voices from {voices} and keeps their order', async () => {
    stubFetch({
      voices: [
        { voice_id: 'v2', name: 'Zed' },
        { id: 'v1', name: 'Ava' },
      ],
    });
    expect((await listVoices()).items.map((v) => v.id)).toEqual(['v2', 'v1']);
  });

  it('reads the bare array of actions', async () => {
    const fetchMock = stubFetch([{ id: 'a1', name: 'Book' }]);
    expect(await listActions()).toEqual({ items: [{ id: 'a1', name: 'Book' }], unreadable: 0 });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://app.test/api/actions');
  });
});

describe('an item that breaks the contract', () => {
  it('is left out of voices and actions and counted, never failing the rest', async () => {
    stubFetch({ voices: [{ id: 'v1', name: 'Ava' }, { name: 'no id' }, 42] });
    expect(await listVoices()).toEqual({ items: [{ id: 'v1', name: 'Ava' }], unreadable: 2 });
    stubFetch([
      { id: 'a1', name: 'Book' },
      { id: 7, name: 'Bad' },
    ]);
    expect(await listActions()).toEqual({ items: [{ id: 'a1', name: 'Book' }], unreadable: 1 });
  });

  it('is left out of scenarios and counted across pages, and paging still moves by what arrived', async () => {
    const fetchMock = stubFetch(
      { items: [...scenarios(0, 2), { title: 'no id' }], has_more: true },
      { items: [{ id: 't3', is_draft: 'yes' }, ...scenarios(4, 1)], has_more: false },
    );
    const read = await listTrainingScenarios();
    expect(read.items.map((s) => s.id)).toEqual(['t0', 't1', 't4']);
    expect(read.unreadable).toBe(2);
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://app.test/api/training?limit=100&offset=3');
  });

  it('still fails the whole answer when its shape is wrong', async () => {
    stubFetch({ nothing: [] });
    await expect(listVoices()).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
