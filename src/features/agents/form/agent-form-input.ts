import {
  AGENT_TYPES,
  primaryLanguage,
  type AgentType,
  type PhoneAgent,
} from '../../../api/schemas/agent.ts';
import type { AgentFormInput, AgentFormOutput } from './agent-form-values.ts';
import { samePhoneDigits } from './handoff-number.ts';

function isAgentType(value: unknown): value is AgentType {
  return (AGENT_TYPES as readonly unknown[]).includes(value);
}

/** The form's starting values: complete, so react-hook-form can tell what changed. */
export function agentToFormInput(agent: PhoneAgent): AgentFormInput {
  const actionIds = agent.actionIds ?? null;
  return {
    name: agent.name ?? '',
    type: isAgentType(agent.type) ? agent.type : null,
    voice_id: agent.voice_id ?? null,
    language: primaryLanguage(agent.language),
    first_message: agent.first_message ?? '',
    handoff_phone_number: agent.handoff_phone_number ?? '',
    use_org_knowledgebase: agent.use_org_knowledgebase ?? false,
    actions_mode: actionIds === null ? 'all' : actionIds.length === 0 ? 'none' : 'selected',
    action_ids: actionIds ?? [],
    instructions: agent.instructions ?? [],
  };
}

/** Folds the inputs into PATCH vocabulary once the handoff number has been resolved. */
export function toFormOutput(input: AgentFormInput, handoff: string | null): AgentFormOutput {
  return {
    name: input.name.trim(),
    type: input.type,
    voice_id: input.voice_id,
    language: input.language,
    first_message: input.first_message.trim() === '' ? null : input.first_message,
    handoff_phone_number: handoff,
    use_org_knowledgebase: input.use_org_knowledgebase,
    actionIds:
      input.actions_mode === 'all' ? null : input.actions_mode === 'none' ? [] : input.action_ids,
    instructions: input.instructions,
  };
}

/** The handoff value without parsing, for a synchronous "is anything different?" check. */
export function previewHandoff(text: string, saved: string | null): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return saved !== null && samePhoneDigits(trimmed, saved) ? saved : trimmed;
}
