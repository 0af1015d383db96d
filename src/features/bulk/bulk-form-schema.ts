import type { Control } from 'react-hook-form';
import * as z from 'zod/mini';
import { agentTypeSchema } from '../../api/schemas/agent.ts';
import type { BulkActionsEdit, BulkEdit } from '../../api/schemas/bulk.ts';
import { resolveHandoffNumber } from '../agents/public-api.ts';

export const ACTIONS_MODES = ['keep', 'all', 'none', 'set', 'add', 'remove'] as const;
export const SCENARIOS_MODES = ['keep', 'set', 'add', 'remove'] as const;
type ActionsMode = (typeof ACTIONS_MODES)[number];

const schema = z.object({
  change_type: z.boolean(),
  type: agentTypeSchema,
  change_voice: z.boolean(),
  voice_id: z.nullable(z.string()),
  change_language: z.boolean(),
  language: z.nullable(z.string()),
  change_first_message: z.boolean(),
  first_message: z.string(),
  change_handoff: z.boolean(),
  handoff_phone_number: z.string(),
  change_knowledge_base: z.boolean(),
  knowledge_base: z.enum(['on', 'off']),
  actions_mode: z.enum(ACTIONS_MODES),
  action_ids: z.array(z.string()),
  scenarios_mode: z.enum(SCENARIOS_MODES),
  scenario_ids: z.array(z.string()),
});

/** What the inputs hold: each field with the switch that says whether to change it at all. */
export type BulkFormInput = z.infer<typeof schema>;

export const EMPTY_BULK_FORM: BulkFormInput = {
  change_type: false,
  type: 'inbound',
  change_voice: false,
  voice_id: null,
  change_language: false,
  language: null,
  change_first_message: false,
  first_message: '',
  change_handoff: false,
  handoff_phone_number: '',
  change_knowledge_base: false,
  knowledge_base: 'on',
  actions_mode: 'keep',
  action_ids: [],
  scenarios_mode: 'keep',
  scenario_ids: [],
};

function actionsEdit(mode: Exclude<ActionsMode, 'keep'>, ids: string[]): BulkActionsEdit {
  return mode === 'all' || mode === 'none' ? { mode } : { mode, ids };
}

/** The form's values as the job's edit: a field left switched off is absent, so left alone. */
export const bulkFormSchema = z.pipe(
  schema.check(
    z.superRefine(async (input, ctx) => {
      const issue = (path: keyof BulkFormInput, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (input.change_voice && !input.voice_id) issue('voice_id', 'Pick the voice to set');
      if (input.change_language && !input.language) issue('language', 'Pick the language to set');
      if (input.change_handoff) {
        const handoff = await resolveHandoffNumber(input.handoff_phone_number, null);
        if (!handoff.ok) issue('handoff_phone_number', handoff.message);
      }
      if (['set', 'add', 'remove'].includes(input.actions_mode) && !input.action_ids.length) {
        issue(
          'action_ids',
          input.actions_mode === 'set'
            ? 'Pick at least one action, or choose “None”'
            : `Pick the actions to ${input.actions_mode}`,
        );
      }
      if (['add', 'remove'].includes(input.scenarios_mode) && !input.scenario_ids.length) {
        issue('scenario_ids', `Pick the scenarios to ${input.scenarios_mode}`);
      }
    }),
  ),
  z.transform(async (input): Promise<BulkEdit> => {
    const edit: BulkEdit = {};
    if (input.change_type) edit.type = input.type;
    if (input.change_voice && input.voice_id) edit.voice_id = input.voice_id;
    if (input.change_language && input.language) edit.language = input.language;
    if (input.change_first_message)
      edit.first_message = input.first_message.trim() === '' ? null : input.first_message;
    if (input.change_handoff) {
      const handoff = await resolveHandoffNumber(input.handoff_phone_number, null);
      edit.handoff_phone_number = handoff.ok ? handoff.value : null;
    }
    if (input.change_knowledge_base) edit.use_org_knowledgebase = input.knowledge_base === 'on';
    if (input.actions_mode !== 'keep')
      edit.actions = actionsEdit(input.actions_mode, input.action_ids);
    if (input.scenarios_mode !== 'keep')
      edit.scenarios = { mode: input.scenarios_mode, ids: input.scenario_ids };
    return edit;
  }),
);

export type BulkFormControl = Control<BulkFormInput, unknown, BulkEdit>;
