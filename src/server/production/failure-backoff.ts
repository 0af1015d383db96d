interface Entry {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

export interface FailureBackoffOptions {
  /** Failures allowed before the first wait: the next attempt after this many must wait. */
  freeFailures: number;
  /** The longest wait, in ms; the wait doubles from 1 s up to this. */
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
  /** Entries kept at most; the least recently failed go first, so memory stays bounded. */
  maxEntries?: number;
  now?: () => number;
}

/** Counts failures per key (a client address, a user name) and makes the key wait after too many. */
export class FailureBackoff {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: FailureBackoffOptions) {
    this.now = options.now ?? Date.now;
  }

  /** How long `key` must still wait, in ms; 0 when it may try. */
  waitMs(key: string): number {
    const entry = this.current(key);
    return entry ? Math.max(0, entry.blockedUntil - this.now()) : 0;
  }

  fail(key: string): void {
    const now = this.now();
    const entry = this.current(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - this.options.freeFailures + 1;
    if (over > 0) {
      entry.blockedUntil =
        now + Math.min(1000 * 2 ** Math.min(over - 1, 30), this.options.maxDelayMs);
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    const max = this.options.maxEntries ?? 10_000;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= max) break;
      this.entries.delete(oldest);
    }
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailure > this.options.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
