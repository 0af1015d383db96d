import { primaryLanguage, type PhoneAgent } from '../schemas/agent.ts';
import type { AgentPatch } from '../schemas/agent-patch.ts';
import type { BulkActionsEdit, BulkEdit, BulkScenariosEdit } from '../schemas/bulk.ts';
import type { HistoryChange } from '../schemas/history.ts';

export interface BulkPlanContext {
  /** Every action's ID: removing one from an agent that may use all of them needs the rest. */
  allActionIds: readonly string[];
}

export interface AgentBulkPlan {
  /** Only the fields whose value would change; empty means the agent is skipped. */
  patch: AgentPatch;
  changes: HistoryChange[];
}

function orNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

// null means the agent may use every action, so adding to it changes nothing and removing from it
// leaves every other action.
function plannedActions(
  current: string[] | null,
  edit: BulkActionsEdit,
  context: BulkPlanContext,
): string[] | null {
  switch (edit.mode) {
    case 'all':
      return null;
    case 'none':
      return [];
    case 'set':
      return unique(edit.ids);
    case 'add':
      return current === null ? null : unique([...current, ...edit.ids]);
    case 'remove': {
      const removed = new Set(edit.ids);
      return (current ?? [...context.allActionIds]).filter((id) => !removed.has(id));
    }
  }
}

function plannedScenarios(current: string[], edit: BulkScenariosEdit): string[] {
  switch (edit.mode) {
    case 'set':
      return unique(edit.ids);
    case 'add':
      return unique([...current, ...edit.ids]);
    case 'remove': {
      const removed = new Set(edit.ids);
      return current.filter((id) => !removed.has(id));
    }
  }
}

/**
 * What one agent needs for a bulk edit: each field whose value differs from what the edit asks
 * for. A multi-language agent whose primary language already matches is left alone, so a bulk
 * edit never silently drops its other languages.
 */
export function planBulkEdit(
  agent: PhoneAgent,
  edit: BulkEdit,
  context: BulkPlanContext,
): AgentBulkPlan {
  const patch: AgentPatch = {};
  const changes: HistoryChange[] = [];
  const propose = <K extends keyof AgentPatch>(field: K, before: unknown, after: AgentPatch[K]) => {
    patch[field] = after;
    changes.push({ field, before, after });
  };

  if (edit.type !== undefined && agent.type !== edit.type) propose('type', agent.type, edit.type);
  if (edit.voice_id !== undefined && orNull(agent.voice_id) !== edit.voice_id)
    propose('voice_id', orNull(agent.voice_id), edit.voice_id);
  const language = primaryLanguage(agent.language);
  if (edit.language !== undefined && language !== edit.language)
    propose('language', agent.language ?? null, edit.language);
  if (edit.first_message !== undefined && orNull(agent.first_message) !== edit.first_message)
    propose('first_message', orNull(agent.first_message), edit.first_message);
  const handoff = orNull(agent.handoff_phone_number);
  if (edit.handoff_phone_number !== undefined && handoff !== edit.handoff_phone_number)
    propose('handoff_phone_number', handoff, edit.handoff_phone_number);
  const knowledgeBase = agent.use_org_knowledgebase ?? false;
  if (edit.use_org_knowledgebase !== undefined && knowledgeBase !== edit.use_org_knowledgebase)
    propose('use_org_knowledgebase', knowledgeBase, edit.use_org_knowledgebase);

  if (edit.actions) {
    const current = agent.actionIds ?? null;
    const next = plannedActions(current, edit.actions, context);
    const same = current === null || next === null ? current === next : sameSet(current, next);
    if (!same) propose('actionIds', current, next);
  }
  if (edit.scenarios) {
    const current = agent.instructions ?? [];
    const next = plannedScenarios(current, edit.scenarios);
    if (!sameSet(current, next)) propose('instructions', current, next);
  }
  return { patch, changes };
}
