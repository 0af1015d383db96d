import * as z from 'zod/mini';

/** The documented envelope `{statusCode, message, error}`; `message` may be a string array. */
export const errorEnvelopeSchema = z.looseObject({
  statusCode: z.optional(z.number()),
  message: z.optional(z.union([z.string(), z.array(z.string())])),
  error: z.optional(z.string()),
  code: z.optional(z.string()),
});
