import * as z from 'zod/mini';
import { agentTypeSchema } from './agent.ts';
import { E164_PATTERN } from './agent-patch.ts';
import { historyChangeSchema } from './history.ts';

const ids = z.array(z.string().check(z.minLength(1)));

/**
 * Actions: null on an agent means "every action", so add/remove must say what they do to it
 * (see plan-bulk-edit.ts). Scenarios (`instructions`) have no such value.
 */
export const bulkActionsEditSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }),
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('set'), ids }),
  z.object({ mode: z.literal('add'), ids: ids.check(z.minLength(1)) }),
  z.object({ mode: z.literal('remove'), ids: ids.check(z.minLength(1)) }),
]);
export type BulkActionsEdit = z.infer<typeof bulkActionsEditSchema>;

export const bulkScenariosEditSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('set'), ids }),
  z.object({ mode: z.literal('add'), ids: ids.check(z.minLength(1)) }),
  z.object({ mode: z.literal('remove'), ids: ids.check(z.minLength(1)) }),
]);
export type BulkScenariosEdit = z.infer<typeof bulkScenariosEditSchema>;

/** What a bulk edit sets; a missing key leaves that field alone on every agent. */
export const bulkEditSchema = z.strictObject({
  type: z.optional(agentTypeSchema),
  voice_id: z.optional(z.string().check(z.minLength(1))),
  language: z.optional(z.string().check(z.regex(/^[a-z]{2}$/, 'must be an ISO-639-1 code'))),
  first_message: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  handoff_phone_number: z.optional(
    z.nullable(z.string().check(z.regex(E164_PATTERN, 'must be in E.164 form, e.g. +14155550123'))),
  ),
  use_org_knowledgebase: z.optional(z.boolean()),
  actions: z.optional(bulkActionsEditSchema),
  scenarios: z.optional(bulkScenariosEditSchema),
});
export type BulkEdit = z.infer<typeof bulkEditSchema>;

/** POST /api/jobs */
export const createJobRequestSchema = z.strictObject({
  agentIds: ids.check(z.minLength(1, 'Select at least one agent')),
  edit: bulkEditSchema,
});
export type CreateJobRequest = z.infer<typeof createJobRequestSchema>;

export const JOB_STATUSES = ['running', 'paused', 'cancelled', 'completed'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const STEP_STATUSES = ['pending', 'done', 'skipped', 'failed'] as const;
export const stepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof stepStatusSchema>;

export const jobCountsSchema = z.object({
  total: z.number(),
  pending: z.number(),
  done: z.number(),
  skipped: z.number(),
  failed: z.number(),
});
export type JobCounts = z.infer<typeof jobCountsSchema>;

export const jobSummarySchema = z.object({
  id: z.string(),
  /** 'edit' from the bulk form; 'revert' sets back what job `revertOf` changed. */
  kind: z.enum(['edit', 'revert']),
  revertOf: z.nullable(z.string()),
  status: jobStatusSchema,
  user: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  finishedAt: z.nullable(z.string()),
  edit: bulkEditSchema,
  counts: jobCountsSchema,
  /** Seconds until the pending steps are sent at the current rate budget; null when not running. */
  secondsLeft: z.nullable(z.number()),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobStepSchema = z.object({
  agentId: z.string(),
  agentName: z.string(),
  status: stepStatusSchema,
  /** Failed: why. Skipped: why ("Nothing to change", "Changed since, left alone"). */
  reason: z.nullable(z.string()),
  /** Per field, the value before and the value sent. Empty until the step ran. */
  changes: z.array(historyChangeSchema),
  /** ISO 8601, UTC; null while pending. */
  at: z.nullable(z.string()),
});
export type JobStep = z.infer<typeof jobStepSchema>;

/** GET /api/jobs/:id */
export const jobSchema = z.extend(jobSummarySchema, { steps: z.array(jobStepSchema) });
export type Job = z.infer<typeof jobSchema>;

/** GET /api/jobs */
export const jobListSchema = z.object({ jobs: z.array(jobSummarySchema) });
