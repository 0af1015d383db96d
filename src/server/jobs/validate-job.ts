import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { CreateJobRequest } from '../../api/schemas/bulk.ts';
import type { JobCaller } from './job-caller.ts';
import type { FreshAgents } from './fresh-agents.ts';
import { readScenarioIds, readVoiceIds } from './upstream-reads.ts';

export type Validation = { ok: true; agents: PhoneAgent[] } | { ok: false; message: string };

function unknownOf(wanted: readonly string[], known: Iterable<string>): string[] {
  const set = new Set(known);
  return [...new Set(wanted.filter((id) => !set.has(id)))];
}

function listed(ids: string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/**
 * What the schema cannot see: IDs OpenCX does not know. Refused before the job exists, each
 * message naming the field as the request does.
 */
export async function validateJob(
  request: CreateJobRequest,
  scope: string,
  caller: JobCaller,
  fresh: FreshAgents,
  now: () => number,
): Promise<Validation> {
  if (Object.keys(request.edit).length === 0) {
    return { ok: false, message: 'edit: choose at least one field to change' };
  }
  let agents = await fresh.list(scope, caller);
  if (unknownOf(request.agentIds, agents.keys()).length > 0) {
    // The list may be up to 30 s old: an agent created since is only in a new read.
    agents = await fresh.list(scope, caller, 0);
  }
  const unknownAgents = unknownOf(request.agentIds, agents.keys());
  if (unknownAgents.length > 0) {
    return { ok: false, message: `agentIds: unknown agent ID ${listed(unknownAgents)}` };
  }
  const { edit } = request;
  if (edit.actions && 'ids' in edit.actions && edit.actions.ids.length > 0) {
    const unknown = unknownOf(edit.actions.ids, await fresh.actionIds(scope, caller));
    if (unknown.length > 0) {
      return { ok: false, message: `edit.actions.ids: unknown action ID ${listed(unknown)}` };
    }
  }
  if (edit.scenarios && edit.scenarios.ids.length > 0) {
    const unknown = unknownOf(edit.scenarios.ids, await readScenarioIds(caller, now));
    if (unknown.length > 0) {
      return {
        ok: false,
        message: `edit.scenarios.ids: unknown training scenario ID ${listed(unknown)}`,
      };
    }
  }
  if (edit.voice_id !== undefined) {
    const unknown = unknownOf([edit.voice_id], await readVoiceIds(caller, now));
    if (unknown.length > 0)
      return { ok: false, message: `edit.voice_id: unknown voice ${unknown[0]}` };
  }
  const chosen = [...new Set(request.agentIds)].map((id) => agents.get(id));
  return { ok: true, agents: chosen.filter((agent) => agent !== undefined) };
}
