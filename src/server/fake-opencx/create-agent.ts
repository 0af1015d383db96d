import * as z from 'zod/mini';
import type { PhoneAgent } from '../../api/schemas/agent.ts';
import { agentPatchSchema } from '../../api/schemas/agent-patch.ts';
import { SEED_ORG_ID } from './seed-agents.ts';

export const createAgentBodySchema = z.required(agentPatchSchema, { name: true });
export type CreateAgentBody = z.infer<typeof createAgentBodySchema>;

/** A new agent with the server-side defaults the docs describe for POST /phone. */
export function createAgent(body: CreateAgentBody, now: string): PhoneAgent {
  return {
    id: crypto.randomUUID(),
    org_id: SEED_ORG_ID,
    phone_number: null,
    type: 'inbound',
    language: 'en',
    accent: null,
    handoff_phone_number: null,
    speed: null,
    interruptible: true,
    manual_mode: false,
    actionIds: null,
    instructions: null,
    data_collection_fields: null,
    data_collection_webhook_url: null,
    model: 'oppie-vox-2',
    voice_id: null,
    first_message: 'Hello?',
    custom_llm: null,
    provider_external_id: null,
    flow: null,
    use_org_knowledgebase: false,
    recording_enabled: false,
    stt_keyterms: [],
    tts_speed_pct: 100,
    failover_transfer_destination_id: null,
    ...body,
    created_at: now,
    updated_at: now,
  };
}
