import { Alert, Button, Group, InputBase, Loader, Text } from '@mantine/core';
import { useCopy } from '../../../components/use-copy.ts';
import { useEffect, useState } from 'react';
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

const DEFAULT_RATE_LIMIT_WAIT_S = 10;

function isGone(error: unknown) {
  return error instanceof AgentDeletedError || (isApiError(error) && error.status === 404);
}

/** OpenCX refused the values themselves: sending them again gets the same answer. */
function isRefused(error: unknown) {
  return isApiError(error) && (error.status === 400 || error.status === 422);
}

/** Where a save stands: waiting for the network, or why it failed and what to do next. */
export function SaveStatus({ pending, online, error, edits, onRetry }: SaveStatusProps) {
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
    return <RateLimited seconds={error.retryAfterSeconds} message={message} onRetry={onRetry} />;
  }
  return (
    <Alert color="red" title="The changes were not saved" role="alert">
      <Text size="sm">{message}</Text>
      <Text size="sm" mt={4}>
        Your edits are still in the form.
      </Text>
      <Group mt="sm" gap="xs">
        {isGone(error) ? (
          <CopyEditsButton edits={edits} />
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

function RateLimited(props: { seconds: number | null; message: string; onRetry: () => void }) {
  const [left, setLeft] = useState(
    Math.max(1, Math.ceil(props.seconds ?? DEFAULT_RATE_LIMIT_WAIT_S)),
  );
  const { onRetry } = props;
  useEffect(() => {
    if (left <= 0) {
      onRetry();
      return;
    }
    const timer = window.setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left, onRetry]);
  return (
    <Alert color="yellow" title="OpenCX is busy" role="status">
      <Text size="sm">{props.message}</Text>
      <Group mt="sm" gap="xs">
        <Text size="sm">Retrying in {left} s…</Text>
        <Button size="xs" variant="outline" color="dark" onClick={onRetry}>
          Retry now
        </Button>
      </Group>
    </Alert>
  );
}

/** When the clipboard refuses, the JSON is shown selected, ready to copy by hand. */
function CopyEditsButton({ edits }: { edits: () => unknown }) {
  const { state, copy } = useCopy(3000);
  const [manual, setManual] = useState<string | null>(null);
  return (
    <>
      <Button
        size="xs"
        variant="outline"
        color="red"
        onClick={() => {
          const json = JSON.stringify(edits(), null, 2);
          void copy(json).then((ok) => setManual(ok ? null : json));
        }}
      >
        {state === 'copied' ? 'Copied' : 'Copy my edits as JSON'}
      </Button>
      {manual !== null && (
        <InputBase
          component="textarea"
          multiline
          readOnly
          rows={6}
          w="100%"
          label="Your edits as JSON (the clipboard was not available: copy them from here)"
          value={manual}
          onFocus={(event) => event.currentTarget.select()}
          autoFocus
        />
      )}
    </>
  );
}
