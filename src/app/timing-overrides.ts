import * as z from 'zod/mini';

/**
 * Shorter waits for automated tests, set on `window.__consoleTiming` before the app loads (the
 * end-to-end fixture does it with an init script). Absent in normal use; anything malformed is
 * ignored rather than trusted.
 */
const timingOverridesSchema = z.object({
  /** Replaces the 15 s a request may take before it is called timed out. */
  requestTimeoutMs: z.optional(z.number().check(z.positive())),
  /** Replaces react-query's growing pause (1 s, 2 s, ...) between retries of a failed read. */
  retryDelayMs: z.optional(z.number().check(z.nonnegative())),
});
export type TimingOverrides = z.infer<typeof timingOverridesSchema>;

export function readTimingOverrides(): TimingOverrides {
  const value: unknown = (globalThis as { __consoleTiming?: unknown }).__consoleTiming;
  const parsed = timingOverridesSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
