// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { agentListPageSchema } from '../../api/schemas/agent.ts';
import { createFakeOpenCx } from './create-fake-opencx.ts';
import { NEWEST_ONLY_FIELDS } from './present-agent.ts';
import { authedClient, control } from './test-requests.ts';

const fake = createFakeOpenCx();
const api = authedClient(fake);

beforeEach(() => fake.reset());

async function listAgents(path = '/phone') {
  const res = await api.get(path);
  expect(res.status).toBe(200);
  return agentListPageSchema.parse(await res.json());
}

describe('auth', () => {
  it.each([undefined, 'Basic abc', 'Bearer '])('answers 401 for Authorization %s', async (auth) => {
    const headers: Record<string, string> = auth === undefined ? {} : { authorization: auth };
    const res = await fake.app.request('/phone', { headers });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      statusCode: 401,
      message: 'Unauthorized',
      error: 'Unauthorized',
    });
  });

  it('does not guard the control routes', async () => {
    expect((await fake.app.request('/__fake/config')).status).toBe(200);
  });

  it('answers unknown routes with the 404 envelope', async () => {
    const res = await api.get('/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      statusCode: 404,
      message: 'Route GET /nope not found',
      error: 'Not Found',
    });
  });
});

describe('GET /phone', () => {
  it('is a bare array of every agent by default', async () => {
    const body: unknown = await (await api.get('/phone')).json();
    expect(Array.isArray(body)).toBe(true);
    expect((body as unknown[]).length).toBe(fake.store.agents.length);
  });

  it('pages by 10 with opaque cursors when switched to the paged shape', async () => {
    await control(fake, 'POST', '/config', { listShape: 'paged' });
    const ids: string[] = [];
    let path: string | null = '/phone';
    let pages = 0;
    while (path) {
      const page = await listAgents(path);
      expect(page.items.length).toBeLessThanOrEqual(10);
      ids.push(...page.items.map((a) => a.id));
      path = page.next ? `/phone?cursor=${encodeURIComponent(page.next)}` : null;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(fake.store.agents.length / 10));
    expect(ids).toEqual(fake.store.agents.map((a) => a.id));
  });

  it('rejects a forged cursor', async () => {
    await control(fake, 'POST', '/config', { listShape: 'paged' });
    expect((await api.get('/phone?cursor=garbage')).status).toBe(400);
  });

  it('can send language as a string or as an array', async () => {
    await control(fake, 'POST', '/config', { languageForm: 'string' });
    const asString = await listAgents();
    expect(asString.items.every((a) => !Array.isArray(a.language))).toBe(true);
    await control(fake, 'POST', '/config', { languageForm: 'array' });
    const asArray = await listAgents();
    expect(asArray.items.every((a) => Array.isArray(a.language) && a.language.length > 0)).toBe(
      true,
    );
  });

  it('keeps the seeded mix of language forms by default', async () => {
    const { items } = await listAgents();
    expect(items.some((a) => Array.isArray(a.language))).toBe(true);
    expect(items.some((a) => typeof a.language === 'string')).toBe(true);
    expect(items.some((a) => a.language === null)).toBe(true);
  });

  it('can leave out the newest-only fields', async () => {
    await control(fake, 'POST', '/config', { newestFields: false });
    const { items } = await listAgents();
    for (const agent of items)
      for (const key of NEWEST_ONLY_FIELDS) expect(agent).not.toHaveProperty(key);
    expect(fake.store.agents.some((a) => 'recording_enabled' in a)).toBe(true);
  });
});

describe('lookups', () => {
  it('serves voices in each configured shape', async () => {
    expect(Array.isArray(await (await api.get('/phone/voices')).json())).toBe(true);
    await control(fake, 'POST', '/config', { voicesShape: 'voices' });
    expect(await (await api.get('/phone/voices')).json()).toHaveProperty('voices');
    await control(fake, 'POST', '/config', { voicesShape: 'items' });
    expect(await (await api.get('/phone/voices')).json()).toHaveProperty('items');
  });

  it('serves actions as a bare array', async () => {
    const body = await (await api.get('/actions')).json();
    expect(body).toHaveLength(fake.store.actions.length);
  });

  it('serves a playable voice preview', async () => {
    const voice = fake.store.voices.find((v) => v.preview_url);
    const res = await fake.app.request(voice?.preview_url?.replace('/api', '') ?? '');
    expect(res.headers.get('content-type')).toBe('audio/wav');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('RIFF');
  });
});
