import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/ScrollArea.css';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryErrorAlert } from '../../components/query-error-alert.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { AnchorLink } from '../../lib/anchor-link.tsx';
import { jobTitle, STATUS_COLORS, STATUS_LABELS } from './describe-job.ts';
import { jobQueries } from './job-queries.ts';

const count = new Intl.NumberFormat('en');

/** Every bulk job, newest first: what, status, counts, who and when. */
export function JobsPage() {
  const jobs = useQuery(jobQueries.list());
  return (
    <Stack>
      <Title order={1}>Jobs</Title>
      {jobs.isPending && (
        <Text c="dimmed" role="status">
          Loading the jobs…
        </Text>
      )}
      {jobs.isError && (
        <QueryErrorAlert
          title="Could not load the jobs"
          error={jobs.error}
          onRetry={() => void jobs.refetch()}
          retrying={jobs.isFetching}
        />
      )}
      {jobs.data?.length === 0 && (
        <Text c="dimmed">
          No bulk jobs yet. Select agents in the list and choose “Bulk edit” to start one.
        </Text>
      )}
      {jobs.data && jobs.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Bulk jobs" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Agents</Table.Th>
                <Table.Th>Started by</Table.Th>
                <Table.Th>Started</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td>
                    <AnchorLink to="/jobs/$jobId" params={{ jobId: job.id }} size="sm">
                      {jobTitle(job)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={STATUS_COLORS[job.status]}>
                      {STATUS_LABELS[job.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {count.format(job.counts.done)} done, {count.format(job.counts.skipped)}{' '}
                      skipped, {count.format(job.counts.failed)} failed of{' '}
                      {count.format(job.counts.total)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{job.user}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <RelativeTime iso={job.createdAt} />
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
