import type { AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';

/** A field's value in words, for the conflict dialog and banners. */
export function describeField(key: AgentPatchKey, input: AgentFormInput): string {
  switch (key) {
    case 'name':
      return input.name.trim() || '(blank)';
    case 'type':
      return input.type ?? '(not set)';
    case 'voice_id':
      return input.voice_id ?? 'Default voice';
    case 'language':
      return input.language ?? 'Default';
    case 'first_message':
      return input.first_message.trim() ? input.first_message : '(blank: the agent says “Hello?”)';
    case 'handoff_phone_number':
      return input.handoff_phone_number.trim() || '(no human handoff)';
    case 'use_org_knowledgebase':
      return input.use_org_knowledgebase ? 'On' : 'Off';
    case 'actionIds':
      if (input.actions_mode === 'all') return 'All actions';
      if (input.actions_mode === 'none') return 'No actions';
      return input.action_ids.join(', ');
    case 'instructions':
      return input.instructions.length ? input.instructions.join(', ') : '(none)';
  }
}
