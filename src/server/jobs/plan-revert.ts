import { primaryLanguage, type PhoneAgent } from '../../api/schemas/agent.ts';
import type { AgentPatch } from '../../api/schemas/agent-patch.ts';
import type { AgentBulkPlan } from '../../api/bulk/plan-bulk-edit.ts';
import type { HistoryChange } from '../../api/schemas/history.ts';

type Field = keyof AgentPatch;

const blankIsNull = (value: unknown) =>
  value == null || (typeof value === 'string' && value.trim() === '') ? null : value;

/** A field's value as planBulkEdit compares it, so "still holds the job's value" means the same. */
function comparable(field: string, value: unknown): unknown {
  switch (field) {
    case 'language':
      return primaryLanguage(value as PhoneAgent['language']);
    case 'use_org_knowledgebase':
      return value ?? false;
    case 'actionIds':
      return Array.isArray(value) ? [...new Set(value as string[])].sort() : null;
    case 'instructions':
      return Array.isArray(value) ? [...new Set(value as string[])].sort() : [];
    default:
      return blankIsNull(value);
  }
}

/** What a PATCH sends to put `before` back: the primary language of a list of languages. */
function sendable(field: string, before: unknown): unknown {
  if (field === 'language') return primaryLanguage(before as PhoneAgent['language']);
  if (field === 'use_org_knowledgebase') return before ?? false;
  return blankIsNull(before);
}

export interface RevertPlan extends AgentBulkPlan {
  /** Fields someone changed after the job, left as they are. */
  leftAlone: string[];
}

/** Sets back each field the job changed where the agent still holds the job's value. */
export function planRevert(agent: PhoneAgent, jobChanges: readonly HistoryChange[]): RevertPlan {
  const patch: Record<string, unknown> = {};
  const changes: HistoryChange[] = [];
  const leftAlone: string[] = [];
  for (const change of jobChanges) {
    const current = (agent as Record<string, unknown>)[change.field];
    const same =
      JSON.stringify(comparable(change.field, current)) ===
      JSON.stringify(comparable(change.field, change.after));
    if (!same) {
      leftAlone.push(change.field);
      continue;
    }
    const value = sendable(change.field, change.before);
    patch[change.field] = value;
    changes.push({ field: change.field as Field, before: current ?? null, after: value });
  }
  return { patch: patch as AgentPatch, changes, leftAlone };
}
