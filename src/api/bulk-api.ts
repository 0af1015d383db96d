import { apiRequest } from './http-client.ts';
import {
  jobListSchema,
  jobSchema,
  type CreateJobRequest,
  type Job,
  type JobSummary,
} from './schemas/bulk.ts';

export type JobAction = 'pause' | 'resume' | 'cancel' | 'retry-failed';

export async function listJobs(signal?: AbortSignal): Promise<JobSummary[]> {
  return (await apiRequest('/jobs', jobListSchema, { signal })).jobs;
}

export function getJob(id: string, signal?: AbortSignal): Promise<Job> {
  return apiRequest(`/jobs/${encodeURIComponent(id)}`, jobSchema, { signal });
}

/** Starts a bulk edit; the server plans each agent again against a fresh read before sending. */
export function createJob(request: CreateJobRequest): Promise<Job> {
  return apiRequest('/jobs', jobSchema, { method: 'POST', body: request });
}

export function controlJob(id: string, action: JobAction): Promise<Job> {
  return apiRequest(`/jobs/${encodeURIComponent(id)}/${action}`, jobSchema, { method: 'POST' });
}

/** A new job (kind 'revert') that sets back what job `id` changed where nobody changed it since. */
export function revertJob(id: string): Promise<Job> {
  return apiRequest(`/jobs/${encodeURIComponent(id)}/revert`, jobSchema, { method: 'POST' });
}
