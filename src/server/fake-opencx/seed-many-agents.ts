import { KNOWN_MODELS, type PhoneAgent } from '../../api/schemas/agent.ts';
import { createPrng, pick, seededUuid, seedTime } from './prng.ts';
import { SEED_ORG_ID, seedAgents } from './seed-agents.ts';

const ROLES = ['Front Desk', 'Bookings', 'Billing', 'Support', 'Reception', 'Sales', 'Returns'];
const ROLES_LOCAL = ['Recepción', 'Accueil', 'Kundenservice', 'Atendimento', 'Réservations'];
const PLACES = [
  'Acme',
  'Northwind',
  'Brightline',
  'Summit',
  'Harbor',
  'Café Lumière',
  'Zürich',
  'São Paulo',
  'Maple',
  'Cedar',
  'Bondi',
  'Sakura',
  'Riverside',
  'Crèmerie',
  'Müller',
  'Oakridge',
  'Lakeside',
];
const KINDS = [
  'Dental',
  'Outfitters',
  'Energy',
  'Realty',
  'Physio',
  'Bakery',
  'Veterinary',
  'Pharmacy',
  'Hotel',
  'Surf School',
  'Garage',
  'Clinic',
  'Insurance',
  'Florist',
  'Gym',
  'Bistro',
];
const LANGUAGES: PhoneAgent['language'][] = [
  'en',
  'en',
  'es',
  'fr',
  'de',
  ['en', 'es'],
  ['en', 'fr', 'de'],
  null,
];
const VOICES = ['voice_aria_en_us', 'voice_marcus_en_us', 'voice_olivia_en_gb', 'voice_sam_en_us'];
const US_AREAS = ['415', '212', '646', '312', '617', '206', '303', '512'];

/** Unique per index: the index's digits fill the subscriber part of the number. */
function phoneNumber(random: () => number, index: number): string {
  const digits = String(index).padStart(7, '0');
  if (random() < 0.2) return `+44207${digits}`;
  return `+1${pick(random, US_AREAS)}${digits.slice(0, 3)}${digits.slice(3)}`;
}

/** Agent `index` of a large org: its own PRNG stream, so it is the same whatever the org size. */
export function manyAgent(index: number): PhoneAgent {
  const random = createPrng(0x5eed0000 + index);
  const local = random() < 0.15;
  const name = `${pick(random, local ? ROLES_LOCAL : ROLES)} — ${pick(random, PLACES)} ${pick(random, KINDS)} ${index}`;
  const created = index * 7;
  const model = random() < 0.02 ? 'oppie-vox-3-preview' : pick(random, KNOWN_MODELS);
  return {
    id: seededUuid(random),
    org_id: SEED_ORG_ID,
    phone_number: random() < 0.03 ? null : phoneNumber(random, index),
    name: random() < 0.01 ? null : name,
    type: random() < 0.7 ? 'inbound' : 'outbound',
    language: pick(random, LANGUAGES),
    accent: null,
    handoff_phone_number:
      random() < 0.35 ? null : `+1415555${String(index % 10000).padStart(4, '0')}`,
    speed: null,
    interruptible: true,
    manual_mode: false,
    actionIds: random() < 0.3 ? null : [],
    instructions: null,
    data_collection_fields: null,
    data_collection_webhook_url: null,
    model,
    voice_id: pick(random, VOICES),
    first_message: null,
    custom_llm: null,
    provider_external_id: null,
    created_at: seedTime(created),
    updated_at: seedTime(created + Math.floor(random() * 60 * 24 * 30)),
    flow: null,
    use_org_knowledgebase: random() < 0.5,
  };
}

/**
 * `count` agents, deterministic for a given count: the regular seed first (so its well-known IDs
 * keep working), then generated agents up to `count`.
 */
export function seedManyAgents(count: number): PhoneAgent[] {
  const base = seedAgents().slice(0, count);
  const extra = Array.from({ length: Math.max(0, count - base.length) }, (_, i) =>
    manyAgent(base.length + i),
  );
  return [...base, ...extra];
}
