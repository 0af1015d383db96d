import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { agentQueries } from '../agent-queries.ts';
import { AgentsListView } from '../list/agents-list-view.tsx';
import type { BulkEditProps } from '../list/bulk-edit-slot.ts';
import { ListSkeleton } from '../list/list-states.tsx';
import { loadPhoneParser } from '../list/use-phone-parser.ts';

// In parallel with GET /phone, so phone searches are fully normalised by the time anyone types.
void loadPhoneParser();

/** `BulkEdit` is what "Bulk edit N agents" opens; the app supplies it from its own feature. */
export function AgentsListPage({ BulkEdit }: { BulkEdit?: ComponentType<BulkEditProps> }) {
  const agents = useQuery(agentQueries.list());

  return (
    <Stack className="wide-page">
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
      {agents.data && <AgentsListView agents={agents.data} BulkEdit={BulkEdit} />}
    </Stack>
  );
}
