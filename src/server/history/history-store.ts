import { sql, type Kysely } from 'kysely';
import type { HistoryChange, HistoryEntry } from '../../api/schemas/history.ts';
import type { Database } from '../db/schema.ts';
import type { HistoryFilter } from './history-query.ts';

type AgentRecord = Record<string, unknown>;

/** An entry before the database gives it an id. */
export type NewHistoryEntry = Omit<HistoryEntry, 'id'> & { scope: string };

/** What a save left the agent as, to become its snapshot with the entry. */
export interface SavedState {
  agent: AgentRecord & { id: string };
  /** The fields the PATCH sent. */
  fields: string[];
  /**
   * False when the last snapshot could not be read: the entry's before values, and the fields
   * of the agent the answer left out, are then taken from the snapshot when the entry is written.
   */
  beforeKnown: boolean;
}

export async function readSnapshots(
  db: Kysely<Database>,
  scope: string,
  agentIds: readonly string[],
): Promise<Map<string, AgentRecord>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('agent_snapshots')
    .select(['agent_id', 'snapshot'])
    .where('scope', '=', scope)
    .where('agent_id', 'in', agentIds)
    .execute();
  return new Map(rows.map((row) => [row.agent_id, row.snapshot]));
}

export async function writeSnapshot(
  db: Kysely<Database>,
  scope: string,
  agent: AgentRecord & { id: string },
): Promise<void> {
  const snapshot = JSON.stringify(agent);
  await db
    .insertInto('agent_snapshots')
    .values({ scope, agent_id: agent.id, snapshot, seen_at: new Date() })
    .onConflict((oc) =>
      oc.columns(['scope', 'agent_id']).doUpdateSet({ snapshot, seen_at: new Date() }),
    )
    .execute();
}

/** Only the first snapshot of an agent: a later one goes through replaceSnapshot. */
export async function insertFirstSnapshot(
  db: Kysely<Database>,
  scope: string,
  agent: AgentRecord & { id: string },
): Promise<boolean> {
  const result = await db
    .insertInto('agent_snapshots')
    .values({ scope, agent_id: agent.id, snapshot: JSON.stringify(agent), seen_at: new Date() })
    .onConflict((oc) => oc.columns(['scope', 'agent_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Swaps the snapshot only if it is still `expected`. Of two servers that saw the same outside
 * change, only the one whose swap succeeds records it: the row lock makes the other's condition
 * false once the first commits.
 */
export async function replaceSnapshot(
  db: Kysely<Database>,
  scope: string,
  expected: AgentRecord,
  agent: AgentRecord & { id: string },
): Promise<boolean> {
  const result = await db
    .updateTable('agent_snapshots')
    .set({ snapshot: JSON.stringify(agent), seen_at: new Date() })
    .where('scope', '=', scope)
    .where('agent_id', '=', agent.id)
    .where(sql<boolean>`snapshot = ${JSON.stringify(expected)}::jsonb`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertEntry(db: Kysely<Database>, entry: NewHistoryEntry): Promise<void> {
  await db
    .insertInto('history_entries')
    .values({
      scope: entry.scope,
      at: new Date(entry.at),
      user_name: entry.user,
      agent_id: entry.agentId,
      agent_name: entry.agentName,
      kind: entry.kind,
      source: entry.source,
      outcome: entry.outcome,
      reason: entry.reason,
      changes: JSON.stringify(entry.changes),
      fields: entry.changes.map((change) => change.field),
      job_id: entry.jobId ?? null,
    })
    .execute();
}

export async function deleteSnapshots(db: Kysely<Database>, scopePattern: string): Promise<void> {
  await db.deleteFrom('agent_snapshots').where('scope', 'like', scopePattern).execute();
}

export interface EntryPage {
  entries: HistoryEntry[];
  /** The last entry's position, to continue after it. */
  last: { at: string; id: number } | null;
}

/** Newest first; `after` continues below a previous page's last entry. */
export async function listEntries(
  db: Kysely<Database>,
  scope: string,
  filter: HistoryFilter,
): Promise<EntryPage> {
  let query = db.selectFrom('history_entries').selectAll().where('scope', '=', scope);
  if (filter.agent) query = query.where('agent_id', '=', filter.agent);
  if (filter.user) query = query.where('user_name', '=', filter.user);
  if (filter.field) query = query.where(sql<boolean>`${filter.field} = any(fields)`);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.after) {
    const { at, id } = filter.after;
    query = query.where(sql<boolean>`(at, id) < (${new Date(at)}::timestamptz, ${id})`);
  }
  const rows = await query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const entries = rows.slice(0, filter.limit).map((row): HistoryEntry => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    user: row.user_name ?? 'local',
    agentId: row.agent_id,
    agentName: row.agent_name,
    kind: row.kind,
    source: row.source,
    outcome: row.outcome,
    reason: row.reason,
    changes: row.changes as HistoryChange[],
    jobId: row.job_id,
  }));
  const last = rows.length > filter.limit ? entries.at(-1) : undefined;
  return { entries, last: last ? { at: last.at, id: last.id } : null };
}
