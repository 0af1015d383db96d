import * as z from 'zod/mini';

const nullableString = z.nullish(z.string());

const rawVoiceSchema = z.looseObject({
  id: z.optional(z.string()),
  voice_id: z.optional(z.string()),
  name: nullableString,
  language: nullableString,
  gender: nullableString,
  accent: nullableString,
  preview_url: nullableString,
});

export const voiceSchema = z.pipe(
  rawVoiceSchema.check(
    z.refine((v) => Boolean(v.id ?? v.voice_id), 'a voice needs id or voice_id'),
  ),
  z.transform((v) => ({ ...v, id: (v.id ?? v.voice_id) as string })),
);
export type Voice = z.infer<typeof voiceSchema>;

/** The voice library's shape is undocumented: accept a bare array, `{voices}` or `{items}`. */
function voicesResponse<T extends z.ZodMiniType>(item: T) {
  return z.union([
    z.array(item),
    z.pipe(
      z.looseObject({ voices: z.array(item) }),
      z.transform((r) => r.voices),
    ),
    z.pipe(
      z.looseObject({ items: z.array(item) }),
      z.transform((r) => r.items),
    ),
  ]);
}
export const voicesResponseSchema = voicesResponse(voiceSchema);
/** The shapes only: the app reads the voices one by one, leaving out (and counting) odd ones. */
export const voicesEnvelopeSchema = voicesResponse(z.unknown());

export const actionSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: nullableString,
  description: nullableString,
  api_endpoint: nullableString,
  request_type: nullableString,
  status: nullableString,
  pinned: z.nullish(z.boolean()),
  tags: z.nullish(z.array(z.string())),
  enabled_on_channel: z.nullish(z.looseObject({ channels: z.nullish(z.array(z.string())) })),
  created_at: nullableString,
  updated_at: nullableString,
});
export type Action = z.infer<typeof actionSchema>;
export const actionsResponseSchema = z.array(actionSchema);
export const actionsEnvelopeSchema = z.array(z.unknown());

export const trainingScenarioSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  title: nullableString,
  draft_title: nullableString,
  question: nullableString,
  is_draft: z.nullish(z.boolean()),
  type: nullableString,
});
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

/** Newest: a page `{items,total,limit,offset,has_more}`. Older: a bare array (everything at once). */
function trainingPage<T extends z.ZodMiniType>(item: T) {
  return z.union([
    z.pipe(
      z.array(item),
      z.transform((items) => ({ items, hasMore: false })),
    ),
    z.pipe(
      z.looseObject({
        items: z.array(item),
        total: z.nullish(z.number()),
        limit: z.nullish(z.number()),
        offset: z.nullish(z.number()),
        has_more: z.nullish(z.boolean()),
      }),
      z.transform((page) => ({ items: page.items, hasMore: page.has_more ?? false })),
    ),
  ]);
}
export const trainingPageSchema = trainingPage(trainingScenarioSchema);
export const trainingEnvelopeSchema = trainingPage(z.unknown());

export function trainingLabel(s: TrainingScenario): string {
  return s.draft_title ?? s.title ?? s.question ?? s.id;
}

export function voiceLabel(v: Voice): string {
  return v.name ?? v.id;
}
