import type { UpstreamAnswer } from './upstream-answer.ts';

export const DEFAULT_LIST_CACHE_MS = 5000;
const MAX_ENTRIES = 64;

export interface ListReadCacheOptions {
  /** LIST_CACHE_MS: how old an answer may be when served again; 0 keeps none (reads still coalesce). */
  maxAgeMs: number;
  now?: () => number;
}

interface Fresh {
  answer: UpstreamAnswer;
  /** When the upstream read started: its data is at least that new. */
  startedAt: number;
}

/**
 * Reads of the whole agent list, shared: identical reads in flight at once make one upstream
 * call, and a successful answer is served again while it is at most `maxAgeMs` old. Every write
 * (a PATCH through this gateway) starts a new generation, at its start and again at its end, so a
 * read that begins after a save has been answered never gets data from before that save.
 */
export class ListReadCache {
  private generation = 0;
  private readonly fresh = new Map<string, Fresh>();
  private readonly inFlight = new Map<string, Promise<UpstreamAnswer>>();
  private readonly now: () => number;

  constructor(private readonly options: ListReadCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Forgets every answer and every read in flight (they still reach their own callers). */
  invalidate(): void {
    this.generation += 1;
    this.fresh.clear();
    this.inFlight.clear();
  }

  /**
   * The answer for `key`: a fresh one, a read in flight, or `load()`'s. `revalidate` (the
   * browser's `Cache-Control: no-cache`, sent by the editor's re-read before a save) skips both
   * and always asks OpenCX.
   */
  read(
    key: string,
    load: () => Promise<UpstreamAnswer>,
    revalidate = false,
  ): Promise<UpstreamAnswer> {
    if (!revalidate) {
      const hit = this.fresh.get(key);
      if (hit && this.now() - hit.startedAt < this.options.maxAgeMs) {
        return Promise.resolve(hit.answer);
      }
      const pending = this.inFlight.get(key);
      if (pending) return pending;
    }
    const generation = this.generation;
    const startedAt = this.now();
    const promise = load().then((answer) => {
      if (generation === this.generation && answer.status === 200 && this.options.maxAgeMs > 0) {
        this.store(key, { answer, startedAt });
      }
      return answer;
    });
    if (!revalidate) {
      this.inFlight.set(key, promise);
      const forget = () => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
      };
      promise.then(forget, forget);
    }
    return promise;
  }

  private store(key: string, entry: Fresh): void {
    const now = this.now();
    for (const [other, { startedAt }] of this.fresh) {
      if (now - startedAt >= this.options.maxAgeMs) this.fresh.delete(other);
    }
    this.fresh.delete(key);
    this.fresh.set(key, entry);
    for (const oldest of this.fresh.keys()) {
      if (this.fresh.size <= MAX_ENTRIES) break;
      this.fresh.delete(oldest);
    }
  }
}
