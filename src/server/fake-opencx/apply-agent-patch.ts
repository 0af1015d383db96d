import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { AgentPatch } from '../../api/schemas/agent-patch.ts';

/** Applies only the keys present in `patch`; the stored agent keeps its own language form. */
export function applyAgentPatch(agent: PhoneAgent, patch: AgentPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'language' && Array.isArray(agent.language)) {
      agent.language = [typeof value === 'string' ? value : 'en'];
    } else {
      agent[key] = value;
    }
  }
}
