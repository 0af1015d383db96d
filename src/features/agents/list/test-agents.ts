import type { PhoneAgent } from '../../../api/schemas/agent.ts';

/** A complete agent for unit tests; override only what the test is about. */
export function testAgent(overrides: Partial<PhoneAgent> & { id: string }): PhoneAgent {
  return {
    org_id: 'org_test',
    phone_number: null,
    name: 'Test agent',
    type: 'inbound',
    language: 'en',
    handoff_phone_number: null,
    model: 'oppie-vox-2',
    updated_at: '2026-10-01T09:00:00.000Z',
    use_org_knowledgebase: false,
    ...overrides,
  };
}
