import { describe, expect, it } from 'vitest';
import { phoneAgentSchema } from '../../api/schemas/agent.ts';
import { createFakeOpenCx } from './create-fake-opencx.ts';
import { FIRST_AGENT_ID, seedAgents } from './seed-agents.ts';
import { seedManyAgents } from './seed-many-agents.ts';

describe('seedManyAgents', () => {
  it('is deterministic for a given count, keeps the regular seed first, and fits the contract', () => {
    const agents = seedManyAgents(2_000);
    expect(agents).toHaveLength(2_000);
    expect(seedManyAgents(2_000)).toEqual(agents);
    expect(agents[0]?.id).toBe(FIRST_AGENT_ID);
    expect(agents.slice(0, seedAgents().length)).toEqual(seedAgents());
    expect(new Set(agents.map((a) => a.id)).size).toBe(2_000);
    const phones = agents.flatMap((a) => (a.phone_number ? [a.phone_number] : []));
    expect(new Set(phones).size).toBe(phones.length);
    for (const agent of agents) expect(phoneAgentSchema.safeParse(agent).success).toBe(true);
  });

  it('gives agent i the same data whatever the org size', () => {
    expect(seedManyAgents(500)[400]).toEqual(seedManyAgents(1_000)[400]);
  });

  it('is reachable through POST /__fake/seed, and a reset returns to the regular seed', async () => {
    const fake = createFakeOpenCx();
    const seed = (body: string) =>
      fake.app.fetch(
        new Request('http://fake/__fake/seed', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );

    expect(await (await seed('{"agents":10000}')).json()).toEqual({ agents: 10_000 });
    expect(fake.store.agents).toHaveLength(10_000);
    expect((await seed('{"agents":-1}')).status).toBe(400);

    fake.reset();
    expect(fake.store.agents).toEqual(seedAgents());
    fake.store.defaultAgentCount = 50;
    fake.reset();
    expect(fake.store.agents).toHaveLength(50);
  });
});
