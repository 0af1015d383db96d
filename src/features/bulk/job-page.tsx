import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Progress.css';
import { Badge, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isApiError } from '../../api/api-error.ts';
import type { Job } from '../../api/schemas/bulk.ts';
import { QueryErrorAlert } from '../../components/query-error-alert.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { AnchorLink } from '../../lib/anchor-link.tsx';
import { agentKeys, usePhoneFormatter } from '../agents/public-api.ts';
import { useLookups } from '../history/public-api.ts';
import {
  describeEdit,
  describeTimeLeft,
  settledCount,
  STATUS_COLORS,
  STATUS_LABELS,
} from './describe-job.ts';
import { JobControls } from './job-controls.tsx';
import { isFinished, jobQueries } from './job-queries.ts';
import { JobSteps } from './job-steps.tsx';

const count = new Intl.NumberFormat('en');

/** One bulk job: its progress while it runs (polled), and each agent's outcome. */
export function JobPage() {
  const { jobId } = useParams({ from: '/jobs/$jobId' });
  const job = useQuery(jobQueries.detail(jobId));
  const queryClient = useQueryClient();
  const finished = job.data ? isFinished(job.data.status) : false;
  // The agents the job changed are newer than the list this tab holds.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: agentKeys.all });
  }, [finished, queryClient]);

  return (
    <Stack>
      <Group gap="xs">
        <AnchorLink to="/jobs" size="sm">
          All jobs
        </AnchorLink>
      </Group>
      {job.isPending && (
        <Text c="dimmed" role="status">
          Loading the job…
        </Text>
      )}
      {job.isError && (
        <>
          <Title order={1}>Job</Title>
          <QueryErrorAlert
            title={
              isApiError(job.error) && job.error.status === 404
                ? 'There is no such job'
                : 'Could not load the job'
            }
            error={job.error}
            onRetry={() => void job.refetch()}
            retrying={job.isFetching}
          />
        </>
      )}
      {job.data && <JobView job={job.data} />}
    </Stack>
  );
}

function JobView({ job }: { job: Job }) {
  const lookups = useLookups();
  const formatPhone = usePhoneFormatter();
  const { counts } = job;
  const settled = settledCount(counts);
  const percent = counts.total ? Math.round((settled / counts.total) * 100) : 100;
  const timeLeft = job.status === 'running' ? describeTimeLeft(job.secondsLeft) : null;
  return (
    <>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1}>{job.kind === 'revert' ? 'Revert job' : 'Bulk edit job'}</Title>
        <Badge color={STATUS_COLORS[job.status]} variant="dot" size="lg">
          {STATUS_LABELS[job.status]}
        </Badge>
      </Group>
      <Text size="sm">
        Started by {job.user} <RelativeTime iso={job.createdAt} />
        {job.finishedAt && (
          <>
            , finished <RelativeTime iso={job.finishedAt} />
          </>
        )}
        .
        {job.revertOf && (
          <>
            {' '}
            Sets back{' '}
            <AnchorLink to="/jobs/$jobId" params={{ jobId: job.revertOf }} size="sm">
              the bulk edit
            </AnchorLink>{' '}
            where the agents still hold its values.
          </>
        )}
      </Text>
      {job.kind === 'edit' && (
        <ul style={{ margin: 0 }}>
          {describeEdit(job.edit, lookups, formatPhone).map((line) => (
            <li key={line}>
              <Text size="sm">{line}</Text>
            </li>
          ))}
        </ul>
      )}
      <Stack gap={4}>
        <Progress
          value={percent}
          size="lg"
          animated={job.status === 'running'}
          aria-label={`Progress: ${count.format(settled)} of ${count.format(counts.total)} agents`}
        />
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" role="status">
            {count.format(counts.done)} done · {count.format(counts.skipped)} skipped ·{' '}
            {count.format(counts.failed)} failed · {count.format(counts.pending)} pending
          </Text>
          {timeLeft && (
            <Text size="sm" c="dimmed">
              {timeLeft}
            </Text>
          )}
        </Group>
      </Stack>
      <JobControls job={job} />
      <Title order={2} size="h4">
        Agents
      </Title>
      {job.steps.length === 0 ? (
        <Text c="dimmed">This job has no agents.</Text>
      ) : (
        <JobSteps steps={job.steps} />
      )}
    </>
  );
}
