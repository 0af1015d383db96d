import type { PhoneAgent } from '../../api/schemas/agent.ts';

/** Overrides on a complete base agent; `omitKeys` removes keys entirely (one documented example does). */
export type AgentVariant = Partial<PhoneAgent> & { omitKeys?: ('type' | 'model')[] };

const FAILOVER_ID = '9b2f7c1a-4e8d-4b6a-8c3f-2d1e0a9b8c7d';

// Each entry exists to exercise one variant of the contract; the comment names it when not obvious.
export const AGENT_VARIANTS: AgentVariant[] = [
  {
    name: null,
    type: 'outbound',
    model: 'oppie-vox',
    actionIds: null,
    instructions: null,
    phone_number: '+12125550147',
  },
  {
    name: 'Recepción — Clínica Sonrisa',
    language: ['en', 'es'],
    model: 'oppie-vox-livekit',
    voice_id: 'voice_lucia_es_es',
    first_message: 'Clínica Sonrisa, buenos días. ¿En qué puedo ayudarle?',
    handoff_phone_number: '+34911234567',
    recording_enabled: true,
    stt_keyterms: ['ortodoncia', 'blanqueamiento'],
    tts_speed_pct: 100,
    failover_transfer_destination_id: null,
  },
  {
    name: 'Overflow line (unconfigured)',
    language: null,
    voice_id: null,
    first_message: null,
    actionIds: [],
    instructions: [],
    handoff_phone_number: null,
  },
  { name: 'Returns Desk — Northwind Outfitters', omitKeys: ['type', 'model'] },
  { name: 'Preview Concierge', model: 'oppie-vox-3-preview', handoff_phone_number: '+14155550188' },
  {
    name: 'Order Status — Northwind Outfitters',
    // Still lists an action that was deleted from /actions.
    actionIds: ['act_check_order_status', 'act_retired_legacy', 'act_track_shipment'],
    handoff_phone_number: '+442079460018',
  },
  {
    name: 'Billing Support — Brightline Energy',
    instructions: ['scn_privacy_check', 'scn_deleted_2025_promo'],
    actionIds: ['act_check_balance', 'act_get_invoice', 'act_update_payment_method'],
    handoff_phone_number: '+442079460555',
  },
  {
    name: 'Holiday Hours Line',
    instructions: ['scn_greet_warmly', 'scn_holiday_hours'],
    handoff_phone_number: '+33140000000',
  },
  {
    name: 'Beta Sales Line',
    beta_flags: { barge_in_v2: true, sentiment_routing: 'shadow' },
    handoff_phone_number: '+14155550199',
  },
  {
    name: 'Smile Studio — Invisalign Consults',
    recording_enabled: true,
    stt_keyterms: ['Invisalign', 'zirconia', 'veneers'],
    tts_speed_pct: 110,
    failover_transfer_destination_id: FAILOVER_ID,
    handoff_phone_number: '+16465550111',
  },
  { name: 'Knowledge-base agnostic', use_org_knowledgebase: null, instructions: null },
  { name: 'Pending Number Setup', phone_number: null, handoff_phone_number: null },
  {
    name: 'Accueil — Boulangerie Dupont',
    language: ['fr'],
    voice_id: 'voice_camille_fr_fr',
    handoff_phone_number: '+33612345678',
  },
  {
    name: 'Kundenservice — Müller GmbH',
    language: 'de',
    voice_id: 'voice_lena_de_de',
    handoff_phone_number: '+493012345678',
  },
  {
    name: 'Sahayata — Patel Pharmacy',
    language: 'hi',
    voice_id: 'voice_ananya_hi_in',
    handoff_phone_number: '+919876543210',
  },
  {
    name: 'Atendimento — Loja Carioca',
    language: 'pt',
    voice_id: 'voice_beatriz_pt_br',
    handoff_phone_number: '+5511912345678',
  },
  {
    name: 'Bookings — Bondi Surf School',
    model: 'oppie-vox-turbo',
    voice_id: 'voice_chloe_en_au',
    handoff_phone_number: '+61255501234',
  },
  {
    name: 'EU Multilingual Helpdesk',
    language: ['en', 'fr', 'de'],
    recording_enabled: false,
    stt_keyterms: [],
    tts_speed_pct: 95,
    failover_transfer_destination_id: null,
  },
  {
    name: 'Payment Reminders (outbound)',
    type: 'outbound',
    custom_llm: 'https://llm.example.com/v1/chat',
    provider_external_id: 'twilio-PN8f2d0c1e',
    first_message: null,
    handoff_phone_number: null,
  },
  { name: 'Manual Review Queue', manual_mode: true, interruptible: false },
  {
    name: 'Lead Capture — Summit Realty',
    data_collection_fields: ['full_name', 'email', 'budget'],
    data_collection_webhook_url: 'https://hooks.example.com/summit/leads',
  },
  {
    name: 'Uketsuke — Sakura Hotel',
    language: 'ja',
    voice_id: 'voice_yuki_ja_jp',
    accent: 'tokyo',
    speed: 0.9,
    handoff_phone_number: '+81312345678',
  },
  {
    name: 'Dublin Front Desk',
    voice_id: 'voice_liam_en_ie',
    handoff_phone_number: '+35312345678',
    tts_speed_pct: 105,
  },
  { name: 'Flow-driven IVR', flow: { version: 2, nodes: [{ id: 'start', type: 'greeting' }] } },
  {
    name: 'After-hours emergency line for the North-West Regional Veterinary Hospital group (weekends & public holidays)',
    handoff_phone_number: '+447700900123',
  },
  {
    name: "🍕 Pizza Orders — Tony's",
    first_message: null,
    use_org_knowledgebase: false,
    model: 'oppie-vox-turbo',
  },
  {
    name: 'Mesa — Taquería El Sol',
    language: ['es'],
    voice_id: 'voice_mateo_es_mx',
    handoff_phone_number: '+525512345678',
  },
];
