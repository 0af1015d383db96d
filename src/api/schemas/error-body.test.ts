import { describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from './error-body.ts';

describe('errorEnvelopeSchema', () => {
  it.each([
    ['the documented 401', { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }],
    [
      'a message array',
      { statusCode: 400, message: ['name must not be blank'], error: 'Bad Request' },
    ],
    ['an extra code', { statusCode: 400, message: 'x', code: 'FST_ERR_VALIDATION', extra: 1 }],
    ['an empty object', {}],
  ])('accepts %s', (_, body) => {
    expect(errorEnvelopeSchema.parse(body)).toEqual(body);
  });

  it('rejects a message that is neither a string nor a string array', () => {
    expect(errorEnvelopeSchema.safeParse({ message: 42 }).success).toBe(false);
  });
});
