// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { trainingPageSchema } from '../../api/schemas/lookups.ts';
import { createFakeOpenCx } from './create-fake-opencx.ts';
import { authedClient, control } from './test-requests.ts';

const fake = createFakeOpenCx();
const api = authedClient(fake);

beforeEach(() => fake.reset());

describe('GET /training', () => {
  it('pages with a default limit of 50', async () => {
    const body = await (await api.get('/training')).json();
    const total = fake.store.training.length;
    expect(body).toMatchObject({ total, limit: 50, offset: 0, has_more: total > 50 });
    expect(body.items).toHaveLength(Math.min(50, total));
    expect(trainingPageSchema.safeParse(body).success).toBe(true);
  });

  it('honours limit and offset up to the last page', async () => {
    const total = fake.store.training.length;
    const seen: string[] = [];
    for (let offset = 0; offset < total; offset += 15) {
      const body = await (await api.get(`/training?limit=15&offset=${offset}`)).json();
      expect(body.has_more).toBe(offset + 15 < total);
      seen.push(...body.items.map((s: { id: string }) => s.id));
    }
    expect(seen).toEqual(fake.store.training.map((s) => s.id));
  });

  it.each(['limit=0', 'limit=101', 'limit=abc', 'limit=2.5', 'offset=-1'])(
    'answers 400 for %s',
    async (query) => {
      const res = await api.get(`/training?${query}`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(body.message.join(' ')).toMatch(query.split('=')[0] ?? '');
    },
  );

  it('accepts the limit bounds 1 and 100', async () => {
    expect((await api.get('/training?limit=1')).status).toBe(200);
    expect((await api.get('/training?limit=100')).status).toBe(200);
  });

  it('can answer a bare array (older API)', async () => {
    await control(fake, 'POST', '/config', { trainingShape: 'array' });
    const body = await (await api.get('/training?limit=5')).json();
    expect(body).toHaveLength(fake.store.training.length);
  });
});
