import { queryOptions } from '@tanstack/react-query';
import { getJob, listJobs } from '../../api/bulk-api.ts';
import type { JobStatus } from '../../api/schemas/bulk.ts';

const POLL_MS = 2_000;

// A paused job may be resumed from another tab or console: check on it now and then.
const pollEvery = (status: JobStatus | undefined) =>
  status === 'running' ? POLL_MS : status === 'paused' ? POLL_MS * 5 : false;

export const jobKeys = {
  all: ['jobs'] as const,
  list: () => [...jobKeys.all, 'list'] as const,
  detail: (id: string) => [...jobKeys.all, 'detail', id] as const,
};

export const jobQueries = {
  // react-query stops interval refetches while the tab is hidden (refetchIntervalInBackground).
  list: () =>
    queryOptions({
      queryKey: jobKeys.list(),
      queryFn: ({ signal }) => listJobs(signal),
      refetchInterval: (query) =>
        query.state.data?.some((job) => job.status === 'running') ? POLL_MS : false,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: jobKeys.detail(id),
      queryFn: ({ signal }) => getJob(id, signal),
      refetchInterval: (query) => pollEvery(query.state.data?.status),
    }),
};

export const isFinished = (status: JobStatus) => status === 'completed' || status === 'cancelled';
