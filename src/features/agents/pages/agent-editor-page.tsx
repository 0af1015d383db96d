import { AnchorLink } from '../../../lib/anchor-link.tsx';
import { Alert, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import './agent-editor-page.css';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useCallback, useRef, useState } from 'react';
import { unexpectedDataOf, type PhoneAgent } from '../../../api/schemas/agent.ts';
import { QueryErrorAlert } from '../../../components/query-error-alert.tsx';
import { agentDisplayName } from '../agent-display.ts';
import { agentQueries } from '../agent-queries.ts';
import { AgentDetails, ModelBadge } from '../details/agent-details.tsx';
import { UnexpectedDataAlert } from '../details/unexpected-data.tsx';
import { revertInputs } from '../editor/revert-inputs.ts';
import { AgentForm, type ApplyEdits } from '../form/agent-form.tsx';
import { LazyAgentHistory } from './lazy-agent-history.tsx';

export function AgentEditorPage() {
  const { agentId } = useParams({ from: '/agents/$agentId' });
  // Polling and focus refetches bring colleagues' saves into an open editor.
  const agent = useQuery({ ...agentQueries.detail(agentId), refetchInterval: 60_000 });
  // If a refetch finds the agent deleted while it is open, keep the form (and the user's edits)
  // on screen with a warning instead of swapping it for "Agent not found".
  const [lastSeen, setLastSeen] = useState<PhoneAgent | null>(null);
  if (agent.data && agent.data !== lastSeen) setLastSeen(agent.data);
  const deletedWhileOpen = agent.isSuccess && agent.data === null && lastSeen?.id === agentId;
  const shown = agent.data ?? (deletedWhileOpen ? lastSeen : null);
  const applyEdits = useRef<ApplyEdits | null>(null);
  const exposeApplyEdits = useCallback((apply: ApplyEdits) => (applyEdits.current = apply), []);

  return (
    <Stack>
      <AnchorLink to="/agents" size="sm">
        ← All agents
      </AnchorLink>
      {agent.isPending && <EditorSkeleton />}
      {agent.isError && (
        <QueryErrorAlert
          title="Could not load the agent"
          error={agent.error}
          onRetry={() => void agent.refetch()}
          retrying={agent.isFetching}
        />
      )}
      {agent.isSuccess && agent.data === null && !deletedWhileOpen && (
        <Stack gap="xs">
          <Title order={1}>Agent not found</Title>
          <Text>
            No agent with the ID{' '}
            <Text span ff="monospace">
              {agentId}
            </Text>{' '}
            exists in this organisation. It may have been deleted.
          </Text>
          <AnchorLink to="/agents">Back to all agents</AnchorLink>
        </Stack>
      )}
      {deletedWhileOpen && (
        <Alert color="red" title="This agent was deleted in OpenCX" role="alert">
          Someone deleted it while it was open here. Your edits are still below, and Save changes
          offers them as JSON to copy.
        </Alert>
      )}
      {shown && (
        <>
          <Group gap="sm" align="center">
            <Title order={1}>{agentDisplayName(shown)}</Title>
            <ModelBadge model={shown.model} />
          </Group>
          <div className="editor-columns">
            {unexpectedDataOf(shown) ? (
              <UnexpectedDataAlert problem={unexpectedDataOf(shown) ?? ''} />
            ) : (
              <AgentForm key={shown.id} agent={shown} exposeApplyEdits={exposeApplyEdits} />
            )}
            <AgentDetails agent={shown} />
          </div>
          <LazyAgentHistory
            agent={shown}
            onRevert={(changes) => applyEdits.current?.(revertInputs(shown, changes), 'revert')}
          />
        </>
      )}
    </Stack>
  );
}

function EditorSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the agent">
      <Skeleton height={36} width="40%" />
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} height={54} />
      ))}
    </Stack>
  );
}
