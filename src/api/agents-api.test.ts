import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAgents, patchAgent } from './agents-api.ts';
import { unexpectedDataOf } from './schemas/agent.ts';
import type { AgentPatch } from './schemas/agent-patch.ts';

function stubFetch(...bodies: unknown[]) {
  const queue = [...bodies];
  const fetchMock = vi.fn(async (_input: string, _init?: RequestInit) => {
    const next = queue.shift();
    return new Response(next === undefined ? null : JSON.stringify(next), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const agent = (id: string) => ({ id, name: `Agent ${id}` });

beforeEach(() => {
  vi.stubGlobal('location', { origin: 'http://app.test' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('listAgents', () => {
  it('reads the newest bare array in one call', async () => {
    const fetchMock = stubFetch([agent('a'), agent('b')]);
    expect((await listAgents()).map((a) => a.id)).toEqual(['a', 'b']);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('lists an agent that breaks the contract in its place, with its ID, name and the problem', async () => {
    stubFetch(
      {
        items: [agent('a'), { id: 'b', name: 'Odd one', speed: 'fast', type: 3 }, agent('c')],
        next: 'p2',
      },
      [{ name: 'No ID', actionIds: 'all' }, agent('d')],
    );
    const agents = await listAgents();
    expect(agents.map((a) => a.id)).toEqual(['a', 'b', 'c', 'unreadable-agent-4', 'd']);
    const [first, odd, , noId] = agents;
    expect(unexpectedDataOf(first!)).toBeNull();
    expect(odd).toMatchObject({ id: 'b', name: 'Odd one' });
    expect(odd).not.toHaveProperty('speed');
    expect(unexpectedDataOf(odd!)).toBe(
      'type: expected string, received number; speed: expected number, received string',
    );
    expect(noId?.name).toBe('No ID');
    expect(unexpectedDataOf(noId!)).toMatch(/^it has no readable ID; /);
  });

  it("ignores the stand-in marker when OpenCX's own agent carries it", async () => {
    stubFetch([{ ...agent('a'), __unexpectedData: 'spoofed' }]);
    const [only] = await listAgents();
    expect(unexpectedDataOf(only!)).toBeNull();
  });

  it('asks the app server to revalidate when told to (the re-read before a save)', async () => {
    const fetchMock = stubFetch([agent('a')], [agent('a')]);
    await listAgents(undefined, { revalidate: true });
    await listAgents();
    const headers = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers));
    expect(headers[0]?.get('cache-control')).toBe('no-cache');
    expect(headers[1]?.get('cache-control')).toBeNull();
  });

  it('follows {items,next} cursors until next is null', async () => {
    const fetchMock = stubFetch(
      { items: [agent('a')], next: 'c/2' },
      { items: [agent('b')], next: 'c3' },
      { items: [agent('c')], next: null },
    );
    expect((await listAgents()).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      'http://app.test/api/phone',
      'http://app.test/api/phone?cursor=c%2F2',
      'http://app.test/api/phone?cursor=c3',
    ]);
  });

  it('stops with an error when a cursor repeats', async () => {
    stubFetch({ items: [agent('a')], next: 'c2' }, { items: [agent('b')], next: 'c2' });
    await expect(listAgents()).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('repeated the page cursor "c2"'),
    });
  });

  it("stops when the caller's signal aborts", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_input: string, init: RequestInit) =>
          new Promise<Response>((_, reject) => {
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      ),
    );
    const controller = new AbortController();
    const listing = listAgents(controller.signal);
    controller.abort();
    await expect(listing).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('patchAgent', () => {
  it('sends the body to PATCH /phone/{id} and returns the updated agent', async () => {
    const fetchMock = stubFetch({ ...agent('a/1'), name: 'New' });
    const result = await patchAgent('a/1', { name: 'New', actionIds: [] });
    expect(result).toMatchObject({ id: 'a/1', name: 'New' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://app.test/api/phone/a%2F1');
    expect(init).toMatchObject({ method: 'PATCH', body: '{"name":"New","actionIds":[]}' });
    expect(new Headers(init?.headers).get('x-console-source')).toBe('editor');
  });

  it('tells the console server what started the save', async () => {
    const fetchMock = stubFetch(agent('a1'), agent('a1'));
    await patchAgent('a1', { name: 'Old' }, { source: 'revert' });
    await patchAgent('a1', { name: 'New' }, { source: 'undo' });
    const sources = fetchMock.mock.calls.map(([, init]) =>
      new Headers(init?.headers).get('x-console-source'),
    );
    expect(sources).toEqual(['revert', 'undo']);
  });

  it('returns null for the documented empty 200', async () => {
    stubFetch(undefined);
    await expect(patchAgent('a1', { actionIds: null })).resolves.toBeNull();
  });

  it('refuses to send a body that breaks the contract', async () => {
    const fetchMock = stubFetch(agent('a1'));
    const bad = { name: 'x', speed: 2 } as AgentPatch;
    await expect(patchAgent('a1', bad)).rejects.toThrow(/PATCH body breaks the contract/);
    await expect(patchAgent('a1', { handoff_phone_number: '+0123' })).rejects.toThrow(
      /handoff_phone_number: must be in E.164 form/,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
