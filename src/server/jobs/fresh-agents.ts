import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { JobCaller } from './job-caller.ts';
import { readActionIds, readAgents } from './upstream-reads.ts';

/** How old the list a bulk send is planned on may be: one GET /phone per 30 s at most. */
export const DEFAULT_LIST_MAX_AGE_MS = 30_000;

interface Cached<T> {
  value: Promise<T>;
  readAt: number;
}

/**
 * The agent list and action IDs jobs plan on, read at most once per `maxAgeMs` per scope and
 * shared by every job in the process. Each save's answer is written in, so a second job on the
 * same agent (a revert) plans on what the first one left.
 */
export class FreshAgents {
  private readonly agents = new Map<string, Cached<Map<string, PhoneAgent>>>();
  private readonly actions = new Map<string, Cached<string[]>>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly now: () => number,
  ) {}

  private cached<T>(
    cache: Map<string, Cached<T>>,
    scope: string,
    load: () => Promise<T>,
    maxAgeMs = this.maxAgeMs,
  ): Promise<T> {
    const hit = cache.get(scope);
    if (hit && this.now() - hit.readAt < maxAgeMs) return hit.value;
    const entry: Cached<T> = { value: load(), readAt: this.now() };
    cache.set(scope, entry);
    entry.value.catch(() => {
      if (cache.get(scope) === entry) cache.delete(scope);
    });
    return entry.value;
  }

  /** `maxAgeMs` 0 asks OpenCX now. */
  list(scope: string, caller: JobCaller, maxAgeMs?: number): Promise<Map<string, PhoneAgent>> {
    return this.cached(
      this.agents,
      scope,
      async () => {
        const agents = await readAgents(caller, this.now);
        return new Map(agents.map((agent) => [agent.id, agent]));
      },
      maxAgeMs,
    );
  }

  actionIds(scope: string, caller: JobCaller): Promise<string[]> {
    return this.cached(this.actions, scope, () => readActionIds(caller, this.now));
  }

  /** A save whose answer was empty: the next plan reads the list again. */
  forget(scope: string): void {
    this.agents.delete(scope);
  }

  /** A save's result: what the agent holds now. */
  async remember(scope: string, agent: Record<string, unknown> & { id: string }): Promise<void> {
    const cached = this.agents.get(scope);
    if (!cached) return;
    try {
      const agents = await cached.value;
      agents.set(agent.id, { ...agents.get(agent.id), ...agent } as PhoneAgent);
    } catch {
      // The read failed; the next one will see the save.
    }
  }
}
