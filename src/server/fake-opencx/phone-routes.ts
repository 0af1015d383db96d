import { Hono, type Context } from 'hono';
import { agentPatchSchema } from '../../api/schemas/agent-patch.ts';
import { applyAgentPatch } from './apply-agent-patch.ts';
import { createAgent, createAgentBodySchema } from './create-agent.ts';
import { errorResponse } from './error-envelope.ts';
import type { FakeStore } from './fake-store.ts';
import { presentAgent } from './present-agent.ts';
import { readJsonBody } from './read-json-body.ts';

const PAGE_SIZE = 10;

// Opaque to clients on purpose: they must follow `next`, not compute offsets.
const encodeCursor = (offset: number) => btoa(`agents:${offset}`).replace(/=+$/, '');

function decodeCursor(cursor: string): number | null {
  try {
    const match = /^agents:(\d+)$/.exec(atob(cursor));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function agentNotFound(c: Context): Response {
  return errorResponse(c, 404, 'Phone agent not found');
}

export function phoneRoutes(store: FakeStore): Hono {
  const app = new Hono();
  const present = (agents: FakeStore['agents']) => agents.map((a) => presentAgent(a, store.config));

  app.get('/phone', (c) => {
    if (store.config.listShape === 'array') return c.json(present(store.agents));
    const cursor = c.req.query('cursor');
    const offset = cursor ? decodeCursor(cursor) : 0;
    if (offset === null)
      return errorResponse(c, 400, ['cursor is not valid'], { code: 'FST_ERR_VALIDATION' });
    const end = offset + PAGE_SIZE;
    const next = end < store.agents.length ? encodeCursor(end) : null;
    return c.json({ items: present(store.agents.slice(offset, end)), next });
  });

  app.post('/phone', async (c) => {
    const body = await readJsonBody(c, createAgentBodySchema);
    if (!body.ok) return body.response;
    const agent = createAgent(body.data, store.nextTimestamp());
    store.agents.push(agent);
    return c.json(presentAgent(agent, store.config), 201);
  });

  app.patch('/phone/:id', async (c) => {
    const agent = store.findAgent(c.req.param('id'));
    if (!agent) return agentNotFound(c);
    const body = await readJsonBody(c, agentPatchSchema);
    if (!body.ok) return body.response;
    applyAgentPatch(agent, body.data);
    agent.updated_at = store.nextTimestamp(agent.updated_at);
    if (store.config.patchResponse === 'empty') return c.body(null, 200);
    return c.json(presentAgent(agent, store.config));
  });

  app.delete('/phone/:id', (c) => {
    const id = c.req.param('id');
    if (!store.findAgent(id)) return agentNotFound(c);
    store.agents = store.agents.filter((a) => a.id !== id);
    return c.body(null, 200);
  });

  return app;
}
