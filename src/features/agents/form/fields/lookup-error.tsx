import { Anchor, Text } from '@mantine/core';

interface LookupErrorProps {
  what: string;
  error: unknown;
  onRetry: () => void;
}

/** A failed lookup never blocks editing: the saved IDs stay and the user can retry. */
export function LookupError({ what, error, onRetry }: LookupErrorProps) {
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <Text size="xs" c="red.9" mt={4} role="alert">
      Could not load {what}: {message}{' '}
      <Anchor component="button" type="button" size="xs" onClick={onRetry}>
        Retry
      </Anchor>
    </Text>
  );
}
