import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { agentPatchSchema } from '../../api/schemas/agent-patch.ts';
import { applyAgentPatch } from './apply-agent-patch.ts';
import { errorResponse } from './error-envelope.ts';
import { fakeConfigPatchSchema } from './fake-config.ts';
import type { FakeStore } from './fake-store.ts';
import { faultSpecsSchema } from './fault-spec.ts';
import { formatValidationIssues } from './format-validation-issues.ts';
import { presentAgent } from './present-agent.ts';
import { readJsonBody } from './read-json-body.ts';
import { silentWav } from './silent-wav.ts';

async function parseBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return errorResponse(c, 400, 'Body is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : errorResponse(c, 400, formatValidationIssues(parsed.error));
}

const MAX_SEEDED_AGENTS = 100_000;
const seedBodySchema = z.strictObject({
  agents: z.number().int().min(0).max(MAX_SEEDED_AGENTS).nullable(),
});

/** Test and manual-trial controls; mounted at `/__fake`, never part of the OpenCX surface. */
export function controlRoutes(store: FakeStore): Hono {
  const app = new Hono();

  app.post('/reset', (c) => {
    store.reset();
    return c.json({ ok: true });
  });

  // Replaces the agents only (until the next reset): `{agents: N}` for a large org, null for the seed.
  app.post('/seed', async (c) => {
    const body = await parseBody(c, seedBodySchema);
    if (body instanceof Response) return body;
    store.seedAgents(body.agents);
    return c.json({ agents: store.agents.length });
  });

  // The app never deletes an agent (the gateway does not forward DELETE): tests that need an
  // agent deleted meanwhile, as a colleague would in OpenCX, do it here.
  app.delete('/agents/:id', (c) => {
    const id = c.req.param('id');
    if (!store.findAgent(id)) return errorResponse(c, 404, 'Phone agent not found');
    store.agents = store.agents.filter((a) => a.id !== id);
    return c.json({ agents: store.agents.length });
  });

  // A change made in OpenCX's own dashboard or by a script: straight into the store, so the
  // console hears of it only when it next reads the list.
  app.patch('/agents/:id', async (c) => {
    const agent = store.findAgent(c.req.param('id'));
    if (!agent) return errorResponse(c, 404, 'Phone agent not found');
    const body = await readJsonBody(c, agentPatchSchema);
    if (!body.ok) return body.response;
    applyAgentPatch(agent, body.data);
    agent.updated_at = store.nextTimestamp(agent.updated_at);
    return c.json(presentAgent(agent, store.config));
  });

  app.get('/config', (c) => c.json(store.config));
  app.post('/config', async (c) => {
    const patch = await parseBody(c, fakeConfigPatchSchema);
    if (patch instanceof Response) return patch;
    store.config = { ...store.config, ...patch };
    return c.json(store.config);
  });

  app.get('/faults', (c) => c.json({ faults: store.faults }));
  app.post('/faults', async (c) => {
    const specs = await parseBody(c, faultSpecsSchema);
    if (specs instanceof Response) return specs;
    store.addFaults(Array.isArray(specs) ? specs : [specs]);
    return c.json({ faults: store.faults }, 201);
  });
  app.delete('/faults', (c) => {
    store.faults = [];
    return c.json({ faults: [] });
  });

  app.get('/requests', (c) => c.json(store.requests));
  app.delete('/requests', (c) => {
    store.requests = [];
    return c.json([]);
  });

  app.get('/voice-preview/:file', (c) => {
    const id = c.req.param('file').replace(/\.wav$/, '');
    if (!store.voices.some((v) => v.id === id)) return errorResponse(c, 404, 'Voice not found');
    return c.body(silentWav(), 200, { 'content-type': 'audio/wav', 'cache-control': 'no-store' });
  });

  return app;
}
