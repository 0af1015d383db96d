import { z } from 'zod';
import { agentTypeSchema } from './agent.ts';

/** `+` then 2..15 digits, no leading zero: the E.164 form OpenCX stores. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

const nonBlank = z.string().refine((s) => s.trim().length > 0, { message: 'must not be blank' });

/**
 * The PATCH /phone/{id} body. Strict: a key outside the contract is a bug, never sent. Every key is
 * optional because omitted means unchanged; null carries its own meaning per field.
 */
export const agentPatchSchema = z
  .strictObject({
    name: nonBlank,
    type: agentTypeSchema,
    voice_id: nonBlank.nullable(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { message: 'must be an ISO-639-1 code such as en' })
      .nullable(),
    first_message: nonBlank.nullable(),
    instructions: z.array(z.string().min(1)).nullable(),
    handoff_phone_number: z
      .string()
      .regex(E164_PATTERN, { message: 'must be in E.164 form, e.g. +14155550123' })
      .nullable(),
    use_org_knowledgebase: z.boolean().nullable(),
    // null = the agent may use ALL actions, [] = NO actions, a list = only those.
    actionIds: z.array(z.string().min(1)).nullable(),
  })
  .partial();
export type AgentPatch = z.infer<typeof agentPatchSchema>;
export type AgentPatchKey = keyof AgentPatch;
export const AGENT_PATCH_KEYS = Object.keys(agentPatchSchema.shape) as AgentPatchKey[];
