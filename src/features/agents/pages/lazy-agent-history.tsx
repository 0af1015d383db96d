import { Anchor, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Suspense, useEffect, type ComponentProps, type ReactNode } from 'react';
import { retryableLazy } from '../../../components/retryable-lazy.tsx';
import { ErrorBoundary } from '../../../lib/error-boundary.tsx';
import type { AgentHistory } from '../../history/agent-history.tsx';

type Props = ComponentProps<typeof AgentHistory>;

// Below the form and the details: its code comes after the editor's, not in its way.
const history = retryableLazy<Props>(
  async () => (await import('../../history/agent-history.tsx')).AgentHistory,
);

function HistoryPlaceholder({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label="History">
      <Stack gap="sm">
        <Text fw={600} size="lg" component="h2">
          History
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

export function LazyAgentHistory(props: Props) {
  useEffect(() => history.preload(), []);
  return (
    <ErrorBoundary
      resetKey="history"
      fallback={(error, reset) => (
        <HistoryPlaceholder>
          <Text c="dimmed" role="alert">
            The history could not be loaded:{' '}
            {error instanceof Error ? error.message : 'unknown error'}.{' '}
            <Anchor
              component="button"
              type="button"
              onClick={() => {
                history.retry();
                reset();
              }}
            >
              Retry
            </Anchor>
          </Text>
        </HistoryPlaceholder>
      )}
    >
      <Suspense
        fallback={
          <HistoryPlaceholder>
            <Skeleton height={16} width="60%" aria-label="Loading the history" />
          </HistoryPlaceholder>
        }
      >
        <history.Loaded {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
