import {
  AGENT_TYPES,
  primaryLanguage,
  type AgentType,
  type PhoneAgent,
} from '../../../api/schemas/agent.ts';
import type { AgentFormOutput } from '../form/agent-form-values.ts';

/** The agent as the form would output it untouched: the baseline a patch is measured against. */
export function agentBaseline(agent: PhoneAgent): AgentFormOutput {
  return {
    name: agent.name ?? '',
    type: knownType(agent.type),
    voice_id: blankToNull(agent.voice_id),
    language: primaryLanguage(agent.language),
    first_message: blankToNull(agent.first_message),
    handoff_phone_number: blankToNull(agent.handoff_phone_number),
    use_org_knowledgebase: agent.use_org_knowledgebase ?? false,
    // null (every action) and [] (none) are different answers; only a missing key becomes null.
    actionIds: agent.actionIds ? [...agent.actionIds] : (agent.actionIds ?? null),
    instructions: [...(agent.instructions ?? [])],
  };
}

export function blankToNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value;
}

function knownType(type: string | null | undefined): AgentType | null {
  return AGENT_TYPES.find((known) => known === type) ?? null;
}
