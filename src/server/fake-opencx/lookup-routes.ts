import { Hono } from 'hono';
import { errorResponse } from './error-envelope.ts';
import type { FakeStore } from './fake-store.ts';

function parseIntParam(raw: string | undefined, fallback: number, min: number, max: number) {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

export function lookupRoutes(store: FakeStore): Hono {
  const app = new Hono();

  app.get('/phone/voices', (c) => {
    const voices = store.voices;
    if (store.config.voicesShape === 'voices') return c.json({ voices });
    if (store.config.voicesShape === 'items') return c.json({ items: voices });
    return c.json(voices);
  });

  app.get('/actions', (c) => c.json(store.actions));

  app.get('/training', (c) => {
    const all = store.training;
    if (store.config.trainingShape === 'array') return c.json(all);
    const limit = parseIntParam(c.req.query('limit'), 50, 1, 100);
    const offset = parseIntParam(c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    const problems = [
      ...(limit === null ? ['limit must be an integer from 1 to 100'] : []),
      ...(offset === null ? ['offset must be an integer of 0 or more'] : []),
    ];
    if (limit === null || offset === null) {
      return errorResponse(c, 400, problems, { code: 'FST_ERR_VALIDATION' });
    }
    const items = all.slice(offset, offset + limit);
    return c.json({
      items,
      total: all.length,
      limit,
      offset,
      has_more: offset + limit < all.length,
    });
  });

  return app;
}
