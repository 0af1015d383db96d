import type { UpstreamAnswer } from '../upstream-answer.ts';
import type { NewHistoryEntry, SavedState } from './history-store.ts';
import { diffSave } from './diff-agent.ts';
import type { ForwardedCall } from './gateway-history.ts';
import {
  HISTORY_SOURCE_HEADER,
  HISTORY_SOURCES,
  type HistorySource,
} from '../../api/schemas/history.ts';
import { parseAgent, rereadAgent } from './read-agent-after-save.ts';

type AgentRecord = Record<string, unknown> & { id: string };

export interface SaveRecording {
  scope: string;
  readSnapshot(scope: string, id: string): Promise<Record<string, unknown> | undefined>;
  /** The entry, and for a save that went through the agent's new state; never throws. */
  writeEntry(entry: NewHistoryEntry, saved?: SavedState): Promise<void>;
  log(line: string): void;
}

function sentFields(body: ArrayBuffer | undefined): Record<string, unknown> {
  if (!body || body.byteLength === 0) return {};
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function sourceOf(request: Request): HistorySource | null {
  const value = request.headers.get(HISTORY_SOURCE_HEADER)?.trim().toLowerCase();
  return HISTORY_SOURCES.find((source) => source === value) ?? null;
}

/** Set by the bulk job runner on its own PATCHes, beside `x-console-source: bulk`. */
export const BULK_JOB_HEADER = 'x-console-job';

function jobOf(request: Request, source: HistorySource | null): string | null {
  const job = request.headers.get(BULK_JOB_HEADER)?.trim();
  return source === 'bulk' && job ? job.slice(0, 64) : null;
}

function failureReason(status: number, text: string | null): string {
  if (status === 499) return 'The browser went away before OpenCX answered';
  try {
    const body = JSON.parse(text ?? '') as { message?: unknown };
    const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    if (typeof message === 'string' && message) return `${status}: ${message}`.slice(0, 500);
  } catch {
    // Not the JSON envelope: the status says enough.
  }
  return `OpenCX answered ${status}`;
}

/**
 * Forwards one PATCH and records it: each sent field before (the last state this server saw)
 * and after (OpenCX's answer, or the agent read back when the answer is empty). The answer goes
 * back to the browser whatever happens to the record.
 */
export async function recordSave(
  call: ForwardedCall,
  recording: SaveRecording,
): Promise<UpstreamAnswer> {
  const { scope } = recording;
  const id = decodeURIComponent(call.path.slice('/phone/'.length));
  const sent = sentFields(call.body);
  let beforeKnown = true;
  const before = await recording.readSnapshot(scope, id).catch(() => {
    beforeKnown = false;
    return undefined;
  });
  const answer = await call.forward(call.request, call.path, call.body);
  const text = answer.body;
  const base = {
    scope,
    at: new Date().toISOString(),
    user: call.user ?? 'local',
    agentId: id,
    kind: 'save' as const,
    source: sourceOf(call.request),
  };
  const jobId = jobOf(call.request, base.source);
  try {
    if (answer.status >= 200 && answer.status < 300) {
      const after =
        parseAgent(text) ??
        (await rereadAgent(call.request, id, call.forward)) ??
        ({ ...before, ...sent, id } as AgentRecord);
      const name = after.name ?? before?.name;
      await recording.writeEntry(
        {
          ...base,
          agentName: typeof name === 'string' && name ? name : id,
          outcome: 'saved',
          reason: null,
          jobId,
          changes: diffSave(Object.keys(sent), before, after),
        },
        { agent: { ...before, ...after, id }, fields: Object.keys(sent), beforeKnown },
      );
    } else {
      const name = before?.name;
      await recording.writeEntry({
        ...base,
        agentName: typeof name === 'string' && name ? name : id,
        outcome: 'failed',
        reason: failureReason(answer.status, text),
        jobId,
        changes: Object.keys(sent).map((field) => ({
          field,
          before: before ? (before[field] ?? null) : null,
          after: sent[field] ?? null,
        })),
      });
    }
  } catch (err) {
    recording.log(`history: could not record a save of agent ${id}: ${(err as Error).message}`);
  }
  return answer;
}
