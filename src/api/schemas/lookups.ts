import { z } from 'zod';

const nullableString = z.string().nullish();

const rawVoiceSchema = z.looseObject({
  id: z.string().optional(),
  voice_id: z.string().optional(),
  name: nullableString,
  language: nullableString,
  gender: nullableString,
  accent: nullableString,
  preview_url: nullableString,
});

export const voiceSchema = rawVoiceSchema
  .refine((v) => Boolean(v.id ?? v.voice_id), { message: 'a voice needs id or voice_id' })
  .transform((v) => ({ ...v, id: (v.id ?? v.voice_id) as string }));
export type Voice = z.infer<typeof voiceSchema>;

/** The voice library's shape is undocumented: accept a bare array, `{voices}` or `{items}`. */
export const voicesResponseSchema = z.union([
  z.array(voiceSchema),
  z.looseObject({ voices: z.array(voiceSchema) }).transform((r) => r.voices),
  z.looseObject({ items: z.array(voiceSchema) }).transform((r) => r.items),
]);

export const actionSchema = z.looseObject({
  id: z.string().min(1),
  name: nullableString,
  description: nullableString,
  api_endpoint: nullableString,
  request_type: nullableString,
  status: nullableString,
  pinned: z.boolean().nullish(),
  tags: z.array(z.string()).nullish(),
  enabled_on_channel: z.looseObject({ channels: z.array(z.string()).nullish() }).nullish(),
  created_at: nullableString,
  updated_at: nullableString,
});
export type Action = z.infer<typeof actionSchema>;
export const actionsResponseSchema = z.array(actionSchema);

export const trainingScenarioSchema = z.looseObject({
  id: z.string().min(1),
  title: nullableString,
  draft_title: nullableString,
  question: nullableString,
  is_draft: z.boolean().nullish(),
  type: nullableString,
});
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

/** Newest: a page `{items,total,limit,offset,has_more}`. Older: a bare array (everything at once). */
export const trainingPageSchema = z.union([
  z.array(trainingScenarioSchema).transform((items) => ({ items, hasMore: false })),
  z
    .looseObject({
      items: z.array(trainingScenarioSchema),
      total: z.number().nullish(),
      limit: z.number().nullish(),
      offset: z.number().nullish(),
      has_more: z.boolean().nullish(),
    })
    .transform((page) => ({ items: page.items, hasMore: page.has_more ?? false })),
]);

export function trainingLabel(s: TrainingScenario): string {
  return s.draft_title ?? s.title ?? s.question ?? s.id;
}

export function voiceLabel(v: Voice): string {
  return v.name ?? v.id;
}
