// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { phoneAgentSchema } from '../../api/schemas/agent.ts';
import { createFakeOpenCx } from './create-fake-opencx.ts';
import { FIRST_AGENT_ID } from './seed-agents.ts';
import { authedClient, control } from './test-requests.ts';

const fake = createFakeOpenCx();
const api = authedClient(fake);
const path = `/phone/${FIRST_AGENT_ID}`;

beforeEach(() => fake.reset());

async function expect400(body: unknown, fieldPattern: RegExp) {
  const res = await api.patch(path, body);
  expect(res.status).toBe(400);
  const json = await res.json();
  expect(json).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  const messages: string[] = Array.isArray(json.message) ? json.message : [json.message];
  expect(messages.some((m) => fieldPattern.test(m))).toBe(true);
  return messages;
}

describe('PATCH /phone/:id', () => {
  it('answers 404 with the documented envelope for an unknown id', async () => {
    const res = await api.patch('/phone/does-not-exist', { name: 'x' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      statusCode: 404,
      message: 'Phone agent not found',
      error: 'Not Found',
    });
  });

  it('rejects unknown keys, wrong types, bad enums, blank names and non-E.164 numbers', async () => {
    await expect400({ accent: 'british' }, /^accent is not an allowed field$/);
    await expect400({ name: 42 }, /^name must be a string$/);
    await expect400({ actionIds: 'all' }, /^actionIds must be an array$/);
    await expect400({ type: 'sideways' }, /^type must be one of inbound, outbound$/);
    await expect400({ name: '   ' }, /^name must not be blank$/);
    await expect400(
      { handoff_phone_number: '07700 900123' },
      /^handoff_phone_number must be in E\.164 form, e\.g\. \+14155550123$/,
    );
    const messages = await expect400({ name: '', language: 'english' }, /^language /);
    expect(messages).toHaveLength(2);
  });

  it('rejects malformed JSON and empty bodies', async () => {
    for (const raw of ['{"name": ', '']) {
      const res = await api.send('PATCH', path, raw, {
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    }
  });

  it('applies only the keys present and answers with the full agent', async () => {
    const before = structuredClone(fake.store.findAgent(FIRST_AGENT_ID));
    const res = await api.patch(path, { name: 'Reception', actionIds: null, first_message: null });
    expect(res.status).toBe(200);
    const agent = phoneAgentSchema.parse(await res.json());
    expect(agent).toEqual({
      ...before,
      name: 'Reception',
      actionIds: null,
      first_message: null,
      updated_at: agent.updated_at,
    });
    expect(fake.store.findAgent(FIRST_AGENT_ID)?.name).toBe('Reception');
  });

  it('keeps null, [] and a list of actions distinct', async () => {
    for (const actionIds of [null, [], ['act_store_hours']]) {
      const agent = await (await api.patch(path, { actionIds })).json();
      expect(agent.actionIds).toEqual(actionIds);
    }
  });

  it('stores language in the form the agent already uses', async () => {
    const arrayAgent = fake.store.agents.find((a) => Array.isArray(a.language));
    const arrayPath = `/phone/${arrayAgent?.id}`;
    expect((await (await api.patch(arrayPath, { language: 'fr' })).json()).language).toEqual([
      'fr',
    ]);
    expect((await (await api.patch(arrayPath, { language: null })).json()).language).toEqual([
      'en',
    ]);
    expect((await (await api.patch(path, { language: 'de' })).json()).language).toBe('de');
    expect((await (await api.patch(path, { language: null })).json()).language).toBeNull();
  });

  it('makes updated_at strictly increase even for back-to-back saves', async () => {
    const stamps = [fake.store.findAgent(FIRST_AGENT_ID)?.updated_at ?? ''];
    for (let i = 0; i < 5; i += 1) {
      stamps.push((await (await api.patch(path, { name: `Name ${i}` })).json()).updated_at);
    }
    for (let i = 1; i < stamps.length; i += 1) {
      expect(Date.parse(stamps[i] ?? '')).toBeGreaterThan(Date.parse(stamps[i - 1] ?? ''));
    }
  });

  it('can answer 200 with an empty body', async () => {
    await control(fake, 'POST', '/config', { patchResponse: 'empty' });
    const res = await api.patch(path, { name: 'Quiet' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(fake.store.findAgent(FIRST_AGENT_ID)?.name).toBe('Quiet');
  });
});

describe('POST and DELETE /phone', () => {
  it('creates an agent with server defaults', async () => {
    const res = await api.post('/phone', { name: 'New line' });
    expect(res.status).toBe(201);
    const agent = phoneAgentSchema.parse(await res.json());
    expect(agent).toMatchObject({
      name: 'New line',
      type: 'inbound',
      model: 'oppie-vox-2',
      language: 'en',
      first_message: 'Hello?',
      actionIds: null,
      instructions: null,
      use_org_knowledgebase: false,
    });
    expect(agent.created_at).toBe(agent.updated_at);
    expect(fake.store.findAgent(agent.id)).toBeDefined();
  });

  it('requires a non-blank name', async () => {
    for (const body of [{}, { name: ' ' }]) {
      const res = await api.post('/phone', body);
      expect(res.status).toBe(400);
      expect((await res.json()).message.join(' ')).toMatch(/^name /);
    }
  });

  it('deletes with an empty 200, then 404s', async () => {
    const res = await api.delete(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(fake.store.findAgent(FIRST_AGENT_ID)).toBeUndefined();
    expect((await api.delete(path)).status).toBe(404);
  });
});
