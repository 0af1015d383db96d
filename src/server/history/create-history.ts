import type { Kysely } from 'kysely';
import type { HistoryChange } from '../../api/schemas/history.ts';
import type { Database } from '../db/schema.ts';
import type { UpstreamAnswer } from '../upstream-answer.ts';
import { diffAgents, diffSave, sameValue } from './diff-agent.ts';
import type { ForwardedCall, GatewayHistory } from './gateway-history.ts';
import { historyRoutes } from './history-routes.ts';
import { FAKE_SCOPES_PATTERN, historyScope } from './history-scope.ts';
import {
  deleteSnapshots,
  insertEntry,
  insertFirstSnapshot,
  readSnapshots,
  replaceSnapshot,
  writeSnapshot,
  type NewHistoryEntry,
  type SavedState,
} from './history-store.ts';
import { DAY_MS, deleteEntriesOlderThan } from './history-retention.ts';
import { parseAgentList } from './read-agent-after-save.ts';
import { recordSave } from './record-save.ts';

type AgentRecord = Record<string, unknown> & { id: string };

interface PendingRecord {
  entry: NewHistoryEntry;
  saved?: SavedState;
}

export interface HistoryOptions {
  db: Kysely<Database>;
  /** One line per database failure; never a value, header or key. */
  log: (line: string) => void;
  /** How often unwritten entries are tried again; default 10 s. */
  retryMs?: number;
  /** HISTORY_RETENTION_DAYS: entries older are deleted now and daily; undefined keeps all. */
  retentionDays?: number;
  /** How often retention is applied; default a day. */
  retentionCheckMs?: number;
}

export interface History extends GatewayHistory {
  /** Entries not yet in the database (it failed); they are retried. */
  unrecorded(): number;
  /**
   * Waits for list reads still being compared with their snapshots and for retention to finish,
   * and retries what failed.
   */
  settle(): Promise<void>;
  /** The fake starts from its seed in every process: snapshots of an earlier run mean nothing. */
  forgetFakeSnapshots(): Promise<void>;
  stop(): void;
}

export function createHistory(options: HistoryOptions): History {
  const { db, log } = options;
  // Kept in memory only: what the database refused, in order, until it takes it.
  const pending: PendingRecord[] = [];
  // List reads are compared one after another per scope, so two reads never race on a snapshot.
  const observing = new Map<string, Promise<void>>();

  const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

  /** The entry, and a save's new snapshot with it, so neither lands without the other. */
  async function store({ entry, saved }: PendingRecord): Promise<void> {
    await db.transaction().execute(async (trx) => {
      let recorded = entry;
      let agent = saved?.agent;
      // Saved while the snapshot could not be read: what it was before is known only now.
      if (saved && !saved.beforeKnown) {
        const { id } = saved.agent;
        const before = (await readSnapshots(trx, entry.scope, [id])).get(id);
        recorded = { ...entry, changes: diffSave(saved.fields, before, saved.agent) };
        agent = { ...before, ...saved.agent };
      }
      await insertEntry(trx, recorded);
      if (agent) await writeSnapshot(trx, entry.scope, agent);
    });
  }

  let retrying: Promise<void> | null = null;
  /** One retry at a time (the timer and a new save may both ask), oldest first. */
  function retryPending(): Promise<void> {
    retrying ??= (async () => {
      while (pending[0]) {
        try {
          await store(pending[0]);
        } catch {
          return;
        }
        pending.shift();
      }
    })().finally(() => {
      retrying = null;
    });
    return retrying;
  }

  async function write(entry: NewHistoryEntry, saved?: SavedState): Promise<void> {
    await retryPending();
    const record = { entry, saved };
    try {
      // Behind older unwritten records, never before them.
      if (pending.length > 0) throw new Error('earlier changes are still waiting');
      await store(record);
    } catch (err) {
      pending.push(record);
      log(
        `history: could not record a change to agent ${entry.agentId}, will retry: ${describe(err)}`,
      );
    }
  }

  const timer = setInterval(() => void retryPending(), options.retryMs ?? 10_000);
  timer.unref();

  const { retentionDays } = options;
  let pruning: Promise<void> = Promise.resolve();
  const prune = (days: number) => {
    pruning = pruning
      .then(() => deleteEntriesOlderThan(db, days))
      .then((removed) => {
        if (removed > 0) log(`history: removed ${removed} entries older than ${days} days`);
      })
      .catch((err: unknown) => log(`history: could not remove old entries: ${describe(err)}`));
  };
  let retentionTimer: ReturnType<typeof setInterval> | undefined;
  if (retentionDays !== undefined) {
    prune(retentionDays);
    retentionTimer = setInterval(() => prune(retentionDays), options.retentionCheckMs ?? DAY_MS);
    retentionTimer.unref();
  }

  async function compareWithSnapshots(scope: string, agents: AgentRecord[]): Promise<void> {
    // A save still waiting to be written would otherwise look like a change made elsewhere.
    await retryPending();
    const waiting = new Set(
      pending.filter((record) => record.entry.scope === scope).map((r) => r.entry.agentId),
    );
    const snapshots = await readSnapshots(
      db,
      scope,
      agents.map((agent) => agent.id),
    );
    for (const agent of agents) {
      if (waiting.has(agent.id)) continue;
      const snapshot = snapshots.get(agent.id);
      if (!snapshot) {
        await insertFirstSnapshot(db, scope, agent);
        continue;
      }
      // A field missing from this read is not reported, not removed.
      const seen = Object.fromEntries(Object.keys(agent).map((key) => [key, snapshot[key]]));
      if (sameValue(seen, agent)) continue;
      let changes: HistoryChange[] = diffAgents(seen, agent);
      if (changes.length === 0) {
        changes = [{ field: 'updated_at', before: snapshot.updated_at, after: agent.updated_at }];
      }
      const next = { ...snapshot, ...agent };
      await db.transaction().execute(async (trx) => {
        if (!(await replaceSnapshot(trx, scope, snapshot, next))) return;
        await insertEntry(trx, {
          scope,
          at: new Date().toISOString(),
          user: 'outside the console',
          agentId: agent.id,
          agentName: typeof agent.name === 'string' && agent.name ? agent.name : agent.id,
          kind: 'outside',
          source: null,
          outcome: 'observed',
          reason: null,
          changes,
        });
      });
    }
  }

  function observeList(scope: string, agents: AgentRecord[]): void {
    const previous = observing.get(scope) ?? Promise.resolve();
    const current = previous
      .then(() => compareWithSnapshots(scope, agents))
      .catch((err: unknown) => log(`history: could not compare a list read: ${describe(err)}`))
      .finally(() => {
        if (observing.get(scope) === current) observing.delete(scope);
      });
    observing.set(scope, current);
  }

  async function forwardAndRecord(call: ForwardedCall): Promise<UpstreamAnswer> {
    const method = call.request.method;
    if (method === 'PATCH' && call.path.startsWith('/phone/')) {
      return recordSave(call, {
        scope: historyScope(call.mode, call.request),
        readSnapshot: async (scope, id) => (await readSnapshots(db, scope, [id])).get(id),
        writeEntry: write,
        log,
      });
    }
    const answer = await call.forward(call.request, call.path, call.body);
    const isListRead = method === 'GET' && new URL(call.path, 'http://x').pathname === '/phone';
    if (!isListRead || answer.status !== 200) return answer;
    const list = parseAgentList(answer.body);
    if (list) observeList(historyScope(call.mode, call.request), list.items);
    return answer;
  }

  return {
    forwardAndRecord,
    routes: (mode) => historyRoutes({ db, mode, unrecorded: () => pending.length }),
    unrecorded: () => pending.length,
    async settle() {
      while (observing.size > 0) await Promise.all(observing.values());
      await pruning;
      await retryPending();
    },
    forgetFakeSnapshots: () => deleteSnapshots(db, FAKE_SCOPES_PATTERN),
    stop: () => {
      clearInterval(timer);
      clearInterval(retentionTimer);
    },
  };
}
