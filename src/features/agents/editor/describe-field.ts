import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { languageName } from '../form/fields/language-options.ts';

/** How IDs and numbers read to a person; without lookups, the IDs themselves. */
export interface FieldNames {
  voice: (id: string) => string;
  action: (id: string) => string;
  scenario: (id: string) => string;
  phone: (e164: string) => string;
}

export const RAW_NAMES: FieldNames = {
  voice: (id) => id,
  action: (id) => id,
  scenario: (id) => id,
  phone: (e164) => e164,
};

/** A field's value in words, for the review, the conflict dialog and banners. */
export function describeField(
  key: AgentPatchKey,
  input: AgentFormInput,
  names: FieldNames = RAW_NAMES,
): string {
  switch (key) {
    case 'name':
      return input.name.trim() || '(blank)';
    case 'type':
      if (input.type === null) return '(not set)';
      return input.type === 'inbound' ? 'Inbound' : 'Outbound';
    case 'voice_id':
      return input.voice_id === null ? 'Default voice' : names.voice(input.voice_id);
    case 'language':
      return input.language === null
        ? 'Default'
        : `${languageName(input.language)} (${input.language})`;
    case 'first_message':
      return input.first_message.trim() ? input.first_message : '(blank: the agent says “Hello?”)';
    case 'handoff_phone_number': {
      const number = input.handoff_phone_number.trim();
      return number ? names.phone(number) : '(no human handoff)';
    }
    case 'use_org_knowledgebase':
      return input.use_org_knowledgebase ? 'On' : 'Off';
    case 'actionIds':
      if (input.actions_mode === 'all') return 'All actions';
      if (input.actions_mode === 'none') return 'No actions';
      return input.action_ids.map(names.action).join(', ');
    case 'instructions':
      return input.instructions.length
        ? input.instructions.map(names.scenario).join(', ')
        : '(none)';
  }
}
