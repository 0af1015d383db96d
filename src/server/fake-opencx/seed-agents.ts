import type { PhoneAgent } from '../../api/schemas/agent.ts';
import { createPrng, pick, seededUuid, seedTime } from './prng.ts';
import { AGENT_VARIANTS, type AgentVariant } from './seed-agent-variants.ts';
import { HOSTILE_AGENT } from './seed-hostile.ts';

export const SEED_ORG_ID = 'org_4c1d9e7a2b';
export const FIRST_AGENT_ID = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';

const DEFAULT_VOICES = [
  'voice_aria_en_us',
  'voice_marcus_en_us',
  'voice_olivia_en_gb',
  'voice_sam_en_us',
];
const ACTION_POOL = [
  'act_book_appointment',
  'act_store_hours',
  'act_create_ticket',
  'act_lookup_customer',
  'act_schedule_callback',
];
const SCENARIO_POOL = [
  'scn_greet_warmly',
  'scn_short_answers',
  'scn_end_call_politely',
  'scn_angry_caller',
];

function baseAgent(random: () => number, index: number): PhoneAgent {
  const created = index * 97;
  return {
    id: seededUuid(random),
    org_id: SEED_ORG_ID,
    phone_number: `+1415555${String(2000 + index).padStart(4, '0')}`,
    name: `Agent ${index}`,
    type: 'inbound',
    language: 'en',
    accent: null,
    handoff_phone_number: '+14155550123',
    speed: null,
    interruptible: true,
    manual_mode: false,
    actionIds: ACTION_POOL.filter(() => random() < 0.5),
    instructions: SCENARIO_POOL.filter(() => random() < 0.5),
    data_collection_fields: null,
    data_collection_webhook_url: null,
    model: 'oppie-vox-2',
    voice_id: pick(random, DEFAULT_VOICES),
    first_message: 'Hello! How can I help you today?',
    custom_llm: null,
    provider_external_id: null,
    created_at: seedTime(created),
    updated_at: seedTime(created + 60 * 24 + Math.floor(random() * 600)),
    flow: null,
    use_org_knowledgebase: random() < 0.5,
  };
}

function applyVariant(agent: PhoneAgent, variant: AgentVariant): PhoneAgent {
  const { omitKeys = [], ...fields } = variant;
  const result: PhoneAgent = { ...agent, ...fields };
  for (const key of omitKeys) delete result[key];
  return result;
}

const FRONT_DESK: AgentVariant = {
  id: FIRST_AGENT_ID,
  name: 'Front Desk — Acme Dental',
  phone_number: '+14155550100',
  voice_id: 'voice_aria_en_us',
  first_message: 'Thanks for calling Acme Dental, this is Aria. How can I help you today?',
  handoff_phone_number: '+14155550123',
  actionIds: ['act_book_appointment', 'act_reschedule_appointment'],
  instructions: ['scn_greet_warmly', 'scn_confirm_details'],
  use_org_knowledgebase: true,
};

/** Deterministic: the same agents, IDs and timestamps on every call. */
export function seedAgents(): PhoneAgent[] {
  const random = createPrng(20261001);
  return [FRONT_DESK, ...AGENT_VARIANTS, HOSTILE_AGENT].map((variant, index) =>
    applyVariant(baseAgent(random, index), variant),
  );
}
