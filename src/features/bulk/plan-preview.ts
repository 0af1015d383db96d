import { planBulkEdit } from '../../api/bulk/plan-bulk-edit.ts';
import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { BulkEdit } from '../../api/schemas/bulk.ts';
import type { HistoryChange } from '../../api/schemas/history.ts';
import { agentDisplayName } from '../agents/public-api.ts';

export interface PreviewRow {
  agentId: string;
  name: string;
  changes: HistoryChange[];
  /** Why nothing is sent to this agent; null when it changes. */
  skipped: string | null;
}

/** What the job would do to each selected agent as the list shows it now: changes first. */
export function planPreview(
  agentIds: readonly string[],
  agents: readonly PhoneAgent[],
  edit: BulkEdit,
  allActionIds: readonly string[],
): PreviewRow[] {
  const byId = new Map(agents.map((agent) => [agent.id, agent]));
  const rows = agentIds.map((agentId): PreviewRow => {
    const agent = byId.get(agentId);
    if (!agent) return { agentId, name: agentId, changes: [], skipped: 'Not in the agent list' };
    const { changes } = planBulkEdit(agent, edit, { allActionIds });
    return {
      agentId,
      name: agentDisplayName(agent),
      changes,
      skipped: changes.length ? null : 'Nothing to change',
    };
  });
  return [...rows.filter((row) => !row.skipped), ...rows.filter((row) => row.skipped)];
}
