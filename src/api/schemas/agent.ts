import * as z from 'zod/mini';

export const AGENT_TYPES = ['inbound', 'outbound'] as const;
export const agentTypeSchema = z.enum(AGENT_TYPES);
export type AgentType = z.infer<typeof agentTypeSchema>;

export const KNOWN_MODELS = [
  'oppie-vox',
  'oppie-vox-turbo',
  'oppie-vox-2',
  'oppie-vox-livekit',
] as const;

const nullableString = z.nullish(z.string());

/**
 * Tolerant on purpose: OpenCX's published examples disagree (language as string or array, `type`
 * and `model` sometimes missing, new models over time), and one odd agent must not hide the rest.
 * Unknown keys are kept so the editor can show them read-only.
 */
export const phoneAgentSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  org_id: nullableString,
  phone_number: nullableString,
  name: nullableString,
  // A string, not the enum: a value from a newer API is shown as-is rather than failing the list.
  type: nullableString,
  language: z.nullish(z.union([z.string(), z.array(z.string())])),
  accent: nullableString,
  handoff_phone_number: nullableString,
  speed: z.nullish(z.number()),
  interruptible: z.nullish(z.boolean()),
  manual_mode: z.nullish(z.boolean()),
  actionIds: z.nullish(z.array(z.string())),
  instructions: z.nullish(z.array(z.string())),
  data_collection_fields: z.nullish(z.array(z.string())),
  data_collection_webhook_url: nullableString,
  model: nullableString,
  voice_id: nullableString,
  first_message: nullableString,
  custom_llm: nullableString,
  provider_external_id: nullableString,
  created_at: nullableString,
  updated_at: nullableString,
  flow: z.optional(z.unknown()),
  use_org_knowledgebase: z.nullish(z.boolean()),
  recording_enabled: z.nullish(z.boolean()),
  stt_keyterms: z.nullish(z.array(z.string())),
  tts_speed_pct: z.nullish(z.number()),
  failover_transfer_destination_id: nullableString,
});
export type PhoneAgent = z.infer<typeof phoneAgentSchema>;

/** Newest API: a bare array. Oldest: `{ items, next }` pages followed through `?cursor=`. */
function agentListPage<T extends z.ZodMiniType>(item: T) {
  return z.union([
    z.pipe(
      z.array(item),
      z.transform((items) => ({ items, next: null as string | null })),
    ),
    z.pipe(
      z.looseObject({
        items: z.array(item),
        next: z.nullish(z.string()),
      }),
      z.transform((page) => ({ items: page.items, next: page.next ?? null })),
    ),
  ]);
}

export const agentListPageSchema = agentListPage(phoneAgentSchema);
/** The page's shape only: the app reads its agents one by one, so one odd agent hides nothing. */
export const agentListEnvelopeSchema = agentListPage(z.unknown());

/**
 * Set by this app, never by OpenCX, on the stand-in for an agent that broke the contract: what
 * was wrong. Such an agent is listed and shown, and cannot be saved.
 */
export const UNEXPECTED_DATA = '__unexpectedData';

export function unexpectedDataOf(agent: PhoneAgent): string | null {
  const problem = agent[UNEXPECTED_DATA];
  return typeof problem === 'string' ? problem : null;
}

/** The primary language of an agent whichever form the API used. */
export function primaryLanguage(language: PhoneAgent['language']): string | null {
  if (Array.isArray(language)) return language[0] ?? null;
  return language ?? null;
}
