import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

const DEFAULT_RATE_LIMIT_WAIT_S = 10;

interface RateLimitedNoticeProps {
  seconds: number | null;
  message: string;
  onRetry: () => void;
}

/** OpenCX asked us to slow down: counts down its wait, then saves again by itself. */
export function RateLimitedNotice(props: RateLimitedNoticeProps) {
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
