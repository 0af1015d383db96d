import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { agentQueries } from '../agent-queries.ts';
import { AgentsListView } from '../list/agents-list-view.tsx';
import { ListSkeleton } from '../list/list-states.tsx';
import { loadPhoneParser } from '../list/use-phone-parser.ts';

// In parallel with GET /phone, so phone searches are fully normalised by the time anyone types.
void loadPhoneParser();

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
      {agents.data && <AgentsListView agents={agents.data} />}
    </Stack>
  );
}
