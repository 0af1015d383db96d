import { Anchor, Badge, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../../app/router/link.tsx';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { agentDisplayName, agentTypeLabel } from '../agent-display.ts';
import { agentQueries } from '../agent-queries.ts';

export function AgentsListPage() {
  const agents = useQuery(agentQueries.list());

  return (
    <Stack>
      <Title order={1}>Phone agents</Title>
      {agents.isPending && <ListSkeleton />}
      {agents.isError && (
        <QueryErrorAlert
          title="Could not load the agents"
          error={agents.error}
          onRetry={() => void agents.refetch()}
          retrying={agents.isFetching}
        />
      )}
      {agents.data?.length === 0 && (
        <Text c="dimmed">This organisation has no phone agents yet.</Text>
      )}
      {agents.data && agents.data.length > 0 && (
        <Table striped highlightOnHover aria-label="Phone agents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Phone number</Table.Th>
              <Table.Th>Model</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agents.data.map((agent) => (
              <Table.Tr key={agent.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/agents/${encodeURIComponent(agent.id)}`}>
                    {agentDisplayName(agent)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={agent.type === 'outbound' ? 'grape' : 'blue'}>
                    {agentTypeLabel(agent.type)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {agent.phone_number ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{agent.model ?? 'Unknown'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading agents">
      {Array.from({ length: 6 }, (_, i) => (
        <Group key={i}>
          <Skeleton height={20} width="30%" />
          <Skeleton height={20} width="15%" />
          <Skeleton height={20} width="20%" />
        </Group>
      ))}
    </Stack>
  );
}
