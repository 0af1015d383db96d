import { Alert, Button, Group, Text } from '@mantine/core';

interface QueryErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

export function QueryErrorAlert({ title, error, onRetry, retrying }: QueryErrorAlertProps) {
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <Alert color="red" title={title} role="alert">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" color="red" variant="outline" onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}
