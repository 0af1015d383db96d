import { AGENT_FIELD_LABELS } from '../../../api/field-labels.ts';
import type { PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentPatch, AgentPatchKey } from '../../../api/schemas/agent-patch.ts';
import type { AgentFormOutput } from '../form/agent-form-values.ts';
import { agentBaseline, blankToNull } from './normalise-agent.ts';

/**
 * The PATCH body: only the keys whose normalised value differs from the agent's. Compared against
 * the agent itself rather than the form's dirty flags, so typing a value and typing it back, or
 * reordering a list, sends nothing.
 */
export function buildAgentPatch(agent: PhoneAgent, values: AgentFormOutput): AgentPatch {
  const base = agentBaseline(agent);
  const patch: AgentPatch = {};
  const name = values.name.trim();
  if (name !== base.name.trim()) patch.name = name;
  // A type the API never told us about stays unsent until the user picks one.
  if (values.type !== null && values.type !== base.type) patch.type = values.type;
  const voiceId = blankToNull(values.voice_id);
  if (voiceId !== base.voice_id) patch.voice_id = voiceId;
  if (values.language !== base.language) patch.language = values.language;
  const firstMessage = blankToNull(values.first_message);
  if (firstMessage !== base.first_message) patch.first_message = firstMessage;
  const handoff = blankToNull(values.handoff_phone_number);
  if (handoff !== base.handoff_phone_number) patch.handoff_phone_number = handoff;
  if (values.use_org_knowledgebase !== base.use_org_knowledgebase) {
    patch.use_org_knowledgebase = values.use_org_knowledgebase;
  }
  if (!sameActionIds(values.actionIds, base.actionIds)) {
    patch.actionIds = values.actionIds === null ? null : [...values.actionIds];
  }
  if (!sameIdSet(values.instructions, base.instructions)) {
    patch.instructions = [...values.instructions];
  }
  return patch;
}

/** null = every action and [] = none, so null only ever equals null. */
export function sameActionIds(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return sameIdSet(a, b);
}

export function sameIdSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

export const FIELD_LABELS = AGENT_FIELD_LABELS;

/** Labels of the fields a patch changes, in form order: "Saved: Name, First message". */
export function changedFieldLabels(patch: AgentPatch): string[] {
  return (Object.keys(FIELD_LABELS) as AgentPatchKey[])
    .filter((key) => patch[key] !== undefined)
    .map((key) => FIELD_LABELS[key]);
}

/** The agent as OpenCX will hold it once the patch is applied (the optimistic picture). */
export function applyAgentPatch(agent: PhoneAgent, patch: AgentPatch): PhoneAgent {
  const next: PhoneAgent = { ...agent };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.type !== undefined) next.type = patch.type;
  if (patch.voice_id !== undefined) next.voice_id = patch.voice_id;
  if (patch.language !== undefined) {
    // The newest API keeps a list of languages; PATCH only names the primary one.
    next.language =
      Array.isArray(agent.language) && patch.language !== null ? [patch.language] : patch.language;
  }
  if (patch.first_message !== undefined) next.first_message = patch.first_message;
  if (patch.handoff_phone_number !== undefined) {
    next.handoff_phone_number = patch.handoff_phone_number;
  }
  if (patch.use_org_knowledgebase !== undefined) {
    next.use_org_knowledgebase = patch.use_org_knowledgebase;
  }
  if (patch.actionIds !== undefined) next.actionIds = patch.actionIds;
  if (patch.instructions !== undefined) next.instructions = patch.instructions;
  return next;
}
