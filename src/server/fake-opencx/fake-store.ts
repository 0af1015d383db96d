import type { PhoneAgent } from '../../api/schemas/agent.ts';
import type { Action, TrainingScenario } from '../../api/schemas/lookups.ts';
import { defaultFakeConfig, type FakeConfig } from './fake-config.ts';
import { faultMatches, type FaultSpec } from './fault-spec.ts';
import { seedActions } from './seed-actions.ts';
import { seedAgents } from './seed-agents.ts';
import { seedManyAgents } from './seed-many-agents.ts';
import { seedTraining } from './seed-training.ts';
import { seedVoices, type FakeVoice } from './seed-voices.ts';

export interface RequestLogEntry {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

/** All mutable state of the fake; `reset()` returns it to the seed. */
export class FakeStore {
  /** Set from FAKE_OPENCX_AGENTS: how many agents `reset()` seeds; null = the regular seed. */
  defaultAgentCount: number | null = null;
  /** Set from FAKE_OPENCX_RATE_PER_MINUTE: the rate limit `reset()` keeps; null = none. */
  defaultRateLimitPerMinute: number | null = null;
  agents: PhoneAgent[] = seedAgents();
  voices: FakeVoice[] = seedVoices();
  actions: Action[] = seedActions();
  training: TrainingScenario[] = seedTraining();
  config: FakeConfig = defaultFakeConfig();
  faults: FaultSpec[] = [];
  requests: RequestLogEntry[] = [];
  /** Arrival times (ms) of API requests in the current rate-limit window. */
  recentRequestTimes: number[] = [];
  private lastIssuedMs = 0;

  reset(): void {
    this.seedAgents(this.defaultAgentCount);
    this.voices = seedVoices();
    this.actions = seedActions();
    this.training = seedTraining();
    this.config = { ...defaultFakeConfig(), rateLimitPerMinute: this.defaultRateLimitPerMinute };
    this.faults = [];
    this.requests = [];
    this.recentRequestTimes = [];
  }

  /** `count` deterministic agents (a large org for scale tests), or the regular seed for null. */
  seedAgents(count: number | null): void {
    this.agents = count === null ? seedAgents() : seedManyAgents(count);
  }

  findAgent(id: string): PhoneAgent | undefined {
    return this.agents.find((agent) => agent.id === id);
  }

  /**
   * Now, but strictly later than `previous` and than anything issued before: the app detects
   * concurrent edits by comparing `updated_at`, so two quick saves must never share a value.
   */
  nextTimestamp(previous?: string | null): string {
    const previousMs = previous ? Date.parse(previous) : Number.NaN;
    let ms = Math.max(Date.now(), this.lastIssuedMs + 1);
    if (!Number.isNaN(previousMs) && ms <= previousMs) ms = previousMs + 1;
    this.lastIssuedMs = ms;
    return new Date(ms).toISOString();
  }

  addFaults(specs: FaultSpec[]): void {
    this.faults.push(...specs.map((spec) => ({ ...spec })));
  }

  /** The first fault matching this request, counted as used. */
  takeFault(method: string, path: string): FaultSpec | undefined {
    const fault = this.faults.find((f) => faultMatches(f, method, path));
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}
