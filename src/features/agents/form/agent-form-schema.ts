import * as z from 'zod/mini';
import { agentTypeSchema, type PhoneAgent } from '../../../api/schemas/agent.ts';
import { toFormOutput } from './agent-form-input.ts';
import { resolveHandoffNumber } from './handoff-number.ts';

export function createAgentFormSchema(agent: PhoneAgent) {
  const savedHandoff = agent.handoff_phone_number ?? null;
  const savedName = (agent.name ?? '').trim();
  return z.pipe(
    z
      .object({
        // An agent saved without a name may stay unnamed; a name, once there, cannot be blanked.
        name: z
          .string()
          .check(z.refine((s) => s.trim().length > 0 || !savedName, 'Enter a name for the agent')),
        type: z.nullable(agentTypeSchema),
        voice_id: z.nullable(z.string()),
        language: z.nullable(z.string()),
        first_message: z.string(),
        handoff_phone_number: z.string(),
        use_org_knowledgebase: z.boolean(),
        actions_mode: z.enum(['all', 'none', 'selected']),
        action_ids: z.array(z.string()),
        instructions: z.array(z.string()),
      })
      .check(
        z.superRefine(async (input, ctx) => {
          if (input.actions_mode === 'selected' && input.action_ids.length === 0) {
            ctx.addIssue({
              code: 'custom',
              path: ['action_ids'],
              message: 'Pick at least one action, or choose “No actions”',
            });
          }
          const handoff = await resolveHandoffNumber(input.handoff_phone_number, savedHandoff);
          if (!handoff.ok) {
            ctx.addIssue({
              code: 'custom',
              path: ['handoff_phone_number'],
              message: handoff.message,
            });
          }
        }),
      ),
    z.transform(async (input) => {
      const handoff = await resolveHandoffNumber(input.handoff_phone_number, savedHandoff);
      return toFormOutput(input, handoff.ok ? handoff.value : null);
    }),
  );
}
