import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import { agentDisplayName } from '../agent-display.ts';
import { foldText } from './fold-text.ts';

/** One agent with everything search, filters and sort read, computed once per list. */
export interface IndexedAgent {
  agent: PhoneAgent;
  displayName: string;
  foldedName: string;
  lowerId: string;
  /** The agent's own number as E.164 digits without "+", or "" when it has none. */
  phoneDigits: string;
  /** Epoch ms, or -Infinity when missing or unparsable so it sorts as oldest. */
  updatedMs: number;
}

export function indexAgent(agent: PhoneAgent): IndexedAgent {
  const displayName = agentDisplayName(agent);
  const updated = agent.updated_at ? Date.parse(agent.updated_at) : Number.NaN;
  return {
    agent,
    displayName,
    foldedName: foldText(displayName),
    lowerId: agent.id.toLowerCase(),
    // OpenCX stores numbers in E.164, so dropping the "+" (and any stray spacing) is enough.
    phoneDigits: (agent.phone_number ?? '').replace(/\D/g, ''),
    updatedMs: Number.isNaN(updated) ? Number.NEGATIVE_INFINITY : updated,
  };
}

export function buildSearchIndex(agents: readonly PhoneAgent[]): IndexedAgent[] {
  return agents.map(indexAgent);
}
