import { afterEach, describe, expect, it } from 'vitest';
import { readTimingOverrides } from './timing-overrides.ts';
import { createQueryClient } from './query-client.ts';

const global = globalThis as { __consoleTiming?: unknown };

afterEach(() => {
  delete global.__consoleTiming;
});

describe('timing overrides', () => {
  it('are empty in normal use', () => {
    expect(readTimingOverrides()).toEqual({});
  });

  it('are read from the page when well formed', () => {
    global.__consoleTiming = { requestTimeoutMs: 2000, retryDelayMs: 10 };
    expect(readTimingOverrides()).toEqual({ requestTimeoutMs: 2000, retryDelayMs: 10 });
  });

  it('are ignored when malformed', () => {
    global.__consoleTiming = { requestTimeoutMs: -1 };
    expect(readTimingOverrides()).toEqual({});
    global.__consoleTiming = 'fast';
    expect(readTimingOverrides()).toEqual({});
  });

  it('set the pause between retries of a failed read', () => {
    const fast = createQueryClient({ retryDelayMs: 5 });
    expect(fast.getDefaultOptions().queries?.retryDelay).toBe(5);
    expect(createQueryClient().getDefaultOptions().queries?.retryDelay).toBeUndefined();
  });
});
