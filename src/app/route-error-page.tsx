import { Alert, Button, Group, Stack, Text } from '@mantine/core';

interface RouteErrorPageProps {
  error: unknown;
  onRetry: () => void;
}

/** Shown instead of a page that failed to render, so the app never goes blank. */
export function RouteErrorPage({ error, onRetry }: RouteErrorPageProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" title="Something went wrong on this page" role="alert">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <Group gap="xs">
          <Button size="xs" color="red" variant="outline" onClick={onRetry}>
            Try again
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
