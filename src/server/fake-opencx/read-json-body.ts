import type { Context } from 'hono';
import { z } from 'zod';
import { errorResponse } from './error-envelope.ts';
import { formatValidationIssues } from './format-validation-issues.ts';

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Parses and validates a JSON body, answering 400 envelopes the way Fastify-based APIs do. */
export async function readJsonBody<T>(
  c: Context,
  schema: z.core.$ZodType<T>,
): Promise<BodyResult<T>> {
  const text = await c.req.text();
  if (text.trim() === '') {
    const message = "Body cannot be empty when content-type is set to 'application/json'";
    return {
      ok: false,
      response: errorResponse(c, 400, message, { code: 'FST_ERR_CTP_EMPTY_JSON_BODY' }),
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const message = 'Body is not valid JSON';
    return {
      ok: false,
      response: errorResponse(c, 400, message, { code: 'FST_ERR_CTP_INVALID_JSON_BODY' }),
    };
  }
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const messages = formatValidationIssues(parsed.error);
    return { ok: false, response: errorResponse(c, 400, messages, { code: 'FST_ERR_VALIDATION' }) };
  }
  return { ok: true, data: parsed.data };
}
