import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { controlJob, revertJob, type JobAction } from '../../api/bulk-api.ts';
import type { Job } from '../../api/schemas/bulk.ts';
import { QueryErrorAlert } from '../../components/query-error-alert.tsx';
import { isFinished, jobKeys } from './job-queries.ts';

const ACTION_LABELS: Record<JobAction, string> = {
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  'retry-failed': 'Retry failed',
};

/** Pause, Resume, Cancel, Retry failed and Revert job: only those that apply to its state. */
export function JobControls({ job }: { job: Job }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const control = useMutation({
    mutationFn: (action: JobAction) => controlJob(job.id, action),
    onSuccess: (updated) => {
      queryClient.setQueryData(jobKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: jobKeys.list() });
    },
  });
  const revert = useMutation({
    mutationFn: () => revertJob(job.id),
    onSuccess: (created) => {
      queryClient.setQueryData(jobKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: jobKeys.list() });
      void navigate({ to: '/jobs/$jobId', params: { jobId: created.id } });
    },
  });

  const finished = isFinished(job.status);
  const available: JobAction[] = [];
  if (job.status === 'running') available.push('pause');
  if (job.status === 'paused') available.push('resume');
  if (!finished) available.push('cancel');
  if (finished && job.counts.failed > 0) available.push('retry-failed');
  const canRevert = job.kind === 'edit' && finished && job.counts.done > 0;
  const busy = control.isPending || revert.isPending;
  const error = control.error ?? revert.error;

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {available.map((action) => (
          <Button
            key={action}
            variant={action === 'cancel' ? 'outline' : 'default'}
            color={action === 'cancel' ? 'red' : undefined}
            disabled={busy}
            loading={control.isPending && control.variables === action}
            onClick={() => control.mutate(action)}
          >
            {ACTION_LABELS[action]}
          </Button>
        ))}
        {canRevert && (
          <Button
            variant="default"
            disabled={busy}
            loading={revert.isPending}
            onClick={() => revert.mutate()}
          >
            Revert job
          </Button>
        )}
      </Group>
      {error && <QueryErrorAlert title="That did not work" error={error} />}
    </>
  );
}
