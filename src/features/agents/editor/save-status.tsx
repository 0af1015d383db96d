import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { retryableLazy } from '../../../components/retryable-lazy.tsx';
import { whenIdle } from '../../../lib/when-idle.ts';
import { isApiError } from '../../../api/api-error.ts';
import type { AgentFormInput } from '../form/agent-form-values.ts';
import { AgentDeletedError } from './read-fresh-agent.ts';

interface SaveStatusProps {
  pending: boolean;
  online: boolean;
  error: unknown;
  /** Read when the user asks for them, so typing never re-renders this. */
  edits: () => AgentFormInput;
  onRetry: () => void;
}

// What only a refused or rate-limited save shows loads apart, once the page is idle.
const rateLimited = retryableLazy(
  async () => (await import('./rate-limited-notice.tsx')).RateLimitedNotice,
);
const copyEdits = retryableLazy(
  async () => (await import('./copy-edits-button.tsx')).CopyEditsButton,
);

function isGone(error: unknown) {
  return error instanceof AgentDeletedError || (isApiError(error) && error.status === 404);
}

/** OpenCX refused the values themselves: sending them again gets the same answer. */
function isRefused(error: unknown) {
  return isApiError(error) && (error.status === 400 || error.status === 422);
}

/** Where a save stands: waiting for the network, or why it failed and what to do next. */
export function SaveStatus({ pending, online, error, edits, onRetry }: SaveStatusProps) {
  useEffect(() => {
    whenIdle(() => {
      rateLimited.preload();
      copyEdits.preload();
    });
  }, []);
  if (pending && !online) {
    return (
      <Alert color="yellow" title="Waiting for the network" role="status">
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">
            You are offline. Your save will be sent once, as soon as you are back.
          </Text>
        </Group>
      </Alert>
    );
  }
  if (!error) return null;
  const message = error instanceof Error ? error.message : 'The save failed for an unknown reason.';
  if (isApiError(error) && error.status === 429) {
    return (
      <Suspense fallback={<Loader size="xs" aria-label="Loading" />}>
        <rateLimited.Loaded seconds={error.retryAfterSeconds} message={message} onRetry={onRetry} />
      </Suspense>
    );
  }
  return (
    <Alert color="red" title="The changes were not saved" role="alert">
      <Text size="sm">{message}</Text>
      <Text size="sm" mt={4}>
        Your edits are still in the form.
      </Text>
      <Group mt="sm" gap="xs">
        {isGone(error) ? (
          <Suspense fallback={<Loader size="xs" aria-label="Loading" />}>
            <copyEdits.Loaded edits={edits} />
          </Suspense>
        ) : isRefused(error) ? (
          <Text size="sm" fw={500}>
            Change what it names, then save again.
          </Text>
        ) : (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            Retry save
          </Button>
        )}
      </Group>
    </Alert>
  );
}
