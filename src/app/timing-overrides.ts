/**
 * Shorter waits for automated tests, set on `window.__consoleTiming` before the app loads (the
 * end-to-end fixture does it with an init script). Absent in normal use; anything malformed is
 * ignored rather than trusted.
 */
export interface TimingOverrides {
  /** Replaces the 15 s a request may take before it is called timed out. */
  requestTimeoutMs?: number;
  /** Replaces react-query's growing pause (1 s, 2 s, ...) between retries of a failed read. */
  retryDelayMs?: number;
}

// Checked by hand rather than with a schema: this runs on every page, for tests only.
const atLeast = (min: number, value: unknown) =>
  typeof value === 'number' && value >= min ? value : undefined;

export function readTimingOverrides(): TimingOverrides {
  const value = (globalThis as { __consoleTiming?: Record<string, unknown> }).__consoleTiming;
  if (typeof value !== 'object' || value === null) return {};
  const requestTimeoutMs = atLeast(Number.MIN_VALUE, value.requestTimeoutMs);
  const retryDelayMs = atLeast(0, value.retryDelayMs);
  if (value.requestTimeoutMs !== requestTimeoutMs || value.retryDelayMs !== retryDelayMs) return {};
  return { requestTimeoutMs, retryDelayMs };
}
