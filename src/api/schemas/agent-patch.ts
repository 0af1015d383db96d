import * as z from 'zod/mini';
import { agentTypeSchema } from './agent.ts';

/** `+` then 2..15 digits, no leading zero: the E.164 form OpenCX stores. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

const nonBlank = z.string().check(z.refine((s) => s.trim().length > 0, 'must not be blank'));

/**
 * The PATCH /phone/{id} body. Strict: a key outside the contract is a bug, never sent. Every key is
 * optional because omitted means unchanged; null carries its own meaning per field.
 */
export const agentPatchSchema = z.partial(
  z.strictObject({
    name: nonBlank,
    type: agentTypeSchema,
    voice_id: z.nullable(nonBlank),
    language: z.nullable(
      z.string().check(z.regex(/^[a-z]{2}$/, 'must be an ISO-639-1 code such as en')),
    ),
    first_message: z.nullable(nonBlank),
    instructions: z.nullable(z.array(z.string().check(z.minLength(1)))),
    handoff_phone_number: z.nullable(
      z.string().check(z.regex(E164_PATTERN, 'must be in E.164 form, e.g. +14155550123')),
    ),
    use_org_knowledgebase: z.nullable(z.boolean()),
    // null = the agent may use ALL actions, [] = NO actions, a list = only those.
    actionIds: z.nullable(z.array(z.string().check(z.minLength(1)))),
  }),
);
export type AgentPatch = z.infer<typeof agentPatchSchema>;
export type AgentPatchKey = keyof AgentPatch;
export const AGENT_PATCH_KEYS = Object.keys(agentPatchSchema.shape) as AgentPatchKey[];
