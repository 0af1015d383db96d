import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { issueMessage } from './zod-messages.ts';

const english = z.locales.en().localeError;

/** Every issue `schema` raises for `value`, with its input, as the error maps see it. */
function rawIssues(schema: z.ZodMiniType, value: unknown): z.core.$ZodRawIssue[] {
  const seen: z.core.$ZodRawIssue[] = [];
  const result = schema.safeParse(value, {
    error: (issue) => {
      seen.push(issue);
      return undefined;
    },
  });
  // The issues are finalized, and so mapped, when the error is first read.
  expect(result.error).toBeDefined();
  if (seen.length === 0) throw new Error('expected a failure');
  return seen;
}

describe('issueMessage', () => {
  it.each([
    ['a number for a string', z.string(), 42],
    ['undefined for a string', z.string(), undefined],
    ['null for a string', z.string(), null],
    ['an array for an object', z.object({}), []],
    ['a string for an array', z.array(z.string()), 'x'],
    ['NaN for a number', z.number(), Number.NaN],
    ['Infinity for a boolean', z.boolean(), Infinity],
    ['a Date for a string', z.string(), new Date(0)],
    ['a bigint for a string', z.string(), 1n],
    ['an unknown enum value', z.enum(['inbound', 'outbound']), 'sideways'],
    ['the wrong literal', z.literal('fake'), 'real'],
    ['an empty string for a min length', z.string().check(z.minLength(1)), ''],
    ['a short array', z.array(z.string()).check(z.minLength(2)), ['a']],
    ['an exact length', z.string().check(z.length(3)), 'ab'],
    ['a small number', z.number().check(z.minimum(5)), 1],
    ['a non-positive number', z.number().check(z.positive()), 0],
    ['an unknown key', z.strictObject({}), { speed: 1 }],
    ['unknown keys', z.strictObject({}), { speed: 1, accent: 'x' }],
  ])('words %s as the English locale does', (_, schema, value) => {
    for (const issue of rawIssues(schema, value)) {
      expect(issueMessage(issue)).toBe(english(issue));
    }
  });

  it('leaves other issues to Zod ("Invalid input" for a union)', () => {
    const issue = rawIssues(z.union([z.string(), z.number()]), true).at(-1)!;
    expect(issue.code).toBe('invalid_union');
    expect(issueMessage(issue)).toBeUndefined();
    expect(z.union([z.string(), z.number()]).safeParse(true).error?.issues[0]?.message).toBe(
      'Invalid input',
    );
  });

  it('is what zod/mini reports once the app config is installed', () => {
    expect(z.string().safeParse(3).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
