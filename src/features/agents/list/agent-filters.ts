import type { IndexedAgent } from './agent-search-index.ts';

export const TYPE_FILTERS = ['inbound', 'outbound', 'unknown'] as const;
export type TypeFilter = (typeof TYPE_FILTERS)[number];
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

/** Model filter value for agents whose model is missing. */
export const UNKNOWN_MODEL = 'unknown';

/** `null` means "any" for every filter. */
export interface AgentFilters {
  type: TypeFilter | null;
  model: string | null;
  knowledgeBase: YesNo | null;
  handoff: YesNo | null;
}

export const NO_FILTERS: AgentFilters = {
  type: null,
  model: null,
  knowledgeBase: null,
  handoff: null,
};

export function hasActiveFilters(filters: AgentFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

function typeOf(entry: IndexedAgent): TypeFilter {
  const type = entry.agent.type;
  return type === 'inbound' || type === 'outbound' ? type : 'unknown';
}

export function matchesFilters(entry: IndexedAgent, filters: AgentFilters): boolean {
  const { agent } = entry;
  if (filters.type !== null && typeOf(entry) !== filters.type) return false;
  if (filters.model !== null && (agent.model || UNKNOWN_MODEL) !== filters.model) return false;
  // OpenCX defaults the knowledge base to off, so "not set" counts as off.
  if (
    filters.knowledgeBase !== null &&
    (agent.use_org_knowledgebase === true) !== (filters.knowledgeBase === 'yes')
  )
    return false;
  if (
    filters.handoff !== null &&
    Boolean(agent.handoff_phone_number) !== (filters.handoff === 'yes')
  )
    return false;
  return true;
}

/** Every model in the list, for the model filter's options (known ones first would hide new ones). */
export function modelsInList(entries: readonly IndexedAgent[]): string[] {
  const models = new Set<string>();
  for (const { agent } of entries) models.add(agent.model || UNKNOWN_MODEL);
  return [...models].sort((a, b) => a.localeCompare(b));
}
