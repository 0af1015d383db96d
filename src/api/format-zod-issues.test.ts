import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { agentListPageSchema } from './schemas/agent.ts';
import { voicesResponseSchema } from './schemas/lookups.ts';
import { describeZodIssues, formatIssuePath } from './format-zod-issues.ts';

function problemsOf(schema: z.ZodMiniType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return describeZodIssues(result.error);
}

describe('formatIssuePath', () => {
  it.each([
    [[], 'response'],
    [['items', 3, 'id'], 'items[3].id'],
    [[0, 'name'], '[0].name'],
    [['odd key'], '["odd key"]'],
  ])('%j -> %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});

describe('describeZodIssues through unions', () => {
  it('follows the {items,next} branch into the bad item', () => {
    expect(problemsOf(agentListPageSchema, { items: [{ id: 'a' }, { id: 3 }], next: null })).toBe(
      'items[1].id: expected string, received number',
    );
  });

  it('follows the bare-array branch into the bad item', () => {
    expect(problemsOf(agentListPageSchema, [{ id: 'a' }, { name: 'x' }])).toBe(
      '[1].id: expected string, received undefined',
    );
  });

  it('lists the accepted shapes when none fits at all', () => {
    expect(problemsOf(agentListPageSchema, undefined)).toBe(
      'response: expected array or object, received undefined',
    );
  });

  it('keeps a custom message', () => {
    expect(problemsOf(voicesResponseSchema, { voices: [{ name: 'x' }] })).toBe(
      'voices[0]: a voice needs id or voice_id',
    );
  });
});
