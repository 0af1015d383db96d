import * as z from 'zod/mini';
import { phoneAgentSchema, type PhoneAgent } from '../../../api/schemas/agent.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';

const PREFIX = 'opencx-console:draft:';

const draftSchema = z.object({
  /** The agent as it was when the edits began: the base of a later three-way merge. */
  base: phoneAgentSchema,
  input: z.custom<AgentFormInput>((v) => typeof v === 'object' && v !== null),
  savedAt: z.string(),
});
export type AgentDraft = z.infer<typeof draftSchema>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(agentId: string): AgentDraft | null {
  const raw = storage()?.getItem(PREFIX + agentId);
  if (!raw) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveDraft(agentId: string, base: PhoneAgent, input: AgentFormInput) {
  const draft: AgentDraft = { base, input, savedAt: new Date().toISOString() };
  try {
    storage()?.setItem(PREFIX + agentId, JSON.stringify(draft));
  } catch {
    // A full or blocked storage only loses the crash copy; the form itself keeps the edits.
  }
}

export function clearDraft(agentId: string) {
  storage()?.removeItem(PREFIX + agentId);
}
