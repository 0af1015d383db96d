import type { Kysely } from 'kysely';
import type { HistoryChange } from '../../api/schemas/history.ts';
import type { Database } from '../db/schema.ts';
import type { UpstreamAnswer } from '../upstream-answer.ts';
import { diffAgents, sameValue } from './diff-agent.ts';
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
} from './history-store.ts';
import { DAY_MS, deleteEntriesOlderThan } from './history-retention.ts';
import { parseAgentList } from './read-agent-after-save.ts';
import { recordSave } from './record-save.ts';

type AgentRecord = Record<string, unknown> & { id: string };

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
  const pending: NewHistoryEntry[] = [];
  // List reads are compared one after another per scope, so two reads never race on a snapshot.
  const observing = new Map<string, Promise<void>>();

  const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

  async function retryPending(): Promise<void> {
    while (pending.length > 0) {
      const entry = pending[0];
      if (!entry) break;
      try {
        await insertEntry(db, entry);
      } catch {
        return;
      }
      pending.shift();
    }
  }

  async function write(entry: NewHistoryEntry): Promise<void> {
    await retryPending();
    try {
      await insertEntry(db, entry);
    } catch (err) {
      pending.push(entry);
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
    const snapshots = await readSnapshots(
      db,
      scope,
      agents.map((agent) => agent.id),
    );
    for (const agent of agents) {
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
        writeSnapshot: (scope, agent) => writeSnapshot(db, scope, agent),
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
