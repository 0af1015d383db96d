import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useRouteError } from 'react-router';

/** Catches any render failure under the router so the page never goes blank. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container component="main" size="sm" py="xl">
      <Alert color="red" title="Something went wrong on this page" role="alert">
        <Stack gap="sm">
          <Text size="sm">{message}</Text>
          <Button
            variant="white"
            color="red"
            onClick={() => window.location.reload()}
            w="fit-content"
          >
            Reload the page
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
