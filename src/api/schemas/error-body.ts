import { z } from 'zod';

/** The documented envelope `{statusCode, message, error}`; `message` may be a string array. */
export const errorEnvelopeSchema = z.looseObject({
  statusCode: z.number().optional(),
  message: z.union([z.string(), z.array(z.string())]).optional(),
  error: z.string().optional(),
  code: z.string().optional(),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
