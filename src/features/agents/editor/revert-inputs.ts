import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { HistoryChange } from '../../../api/schemas/history.ts';
import { agentToFormInput } from '../form/agent-form-input.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';

/**
 * The form inputs that put each changed field back to its value before the change, on top of
 * the agent as it is now. Only inputs that differ from now are returned.
 */
export function revertInputs(agent: PhoneAgent, changes: HistoryChange[]): Partial<AgentFormInput> {
  const before = Object.fromEntries(changes.map((change) => [change.field, change.before]));
  const reverted = agentToFormInput({ ...agent, ...before } as PhoneAgent);
  const now = agentToFormInput(agent);
  const keys = Object.keys(reverted) as (keyof AgentFormInput)[];
  return Object.fromEntries(
    keys
      .filter((key) => JSON.stringify(reverted[key]) !== JSON.stringify(now[key]))
      .map((key) => [key, reverted[key]]),
  ) as Partial<AgentFormInput>;
}
