import * as z from 'zod/mini';

/** What started a save; the app sends it in this header, the server records it. */
export const HISTORY_SOURCE_HEADER = 'x-console-source';
export const HISTORY_SOURCES = ['editor', 'undo', 'revert', 'bulk'] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

export const historyChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;

export const historyEntrySchema = z.object({
  id: z.number(),
  /** ISO 8601, UTC. */
  at: z.string(),
  user: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  /** save: sent through the console; outside: found changed by a fresh read. */
  kind: z.enum(['save', 'outside']),
  source: z.nullable(z.enum(HISTORY_SOURCES)),
  outcome: z.enum(['saved', 'failed', 'observed']),
  reason: z.nullable(z.string()),
  changes: z.array(historyChangeSchema),
  /** The bulk job that made this change (source "bulk"); absent from servers before bulk jobs. */
  jobId: z.optional(z.nullable(z.string())),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema),
  /** Pass as `cursor` for the next (older) page; null on the last. */
  next: z.nullable(z.string()),
  /** Entries this server could not write to its database yet (it keeps retrying). */
  unrecorded: z.number(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;
