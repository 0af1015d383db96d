import { z } from 'zod';

/** Switches between the response variants the OpenCX docs disagree about. */
export const fakeConfigSchema = z.strictObject({
  listShape: z.enum(['array', 'paged']),
  languageForm: z.enum(['as-seeded', 'string', 'array']),
  newestFields: z.boolean(),
  patchResponse: z.enum(['agent', 'empty']),
  voicesShape: z.enum(['array', 'voices', 'items']),
  trainingShape: z.enum(['paged', 'array']),
  rateLimitPerMinute: z.number().int().positive().nullable(),
  /** For tests: the rate limit's "minute", shortened so a test of it takes seconds. */
  rateLimitWindowMs: z.number().int().positive(),
});
export type FakeConfig = z.infer<typeof fakeConfigSchema>;

export const fakeConfigPatchSchema = fakeConfigSchema.partial();

export function defaultFakeConfig(): FakeConfig {
  return {
    listShape: 'array',
    languageForm: 'as-seeded',
    newestFields: true,
    patchResponse: 'agent',
    voicesShape: 'array',
    trainingShape: 'paged',
    rateLimitPerMinute: null,
    rateLimitWindowMs: 60_000,
  };
}
