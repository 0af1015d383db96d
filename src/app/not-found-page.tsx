import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from './router/link.tsx';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1}>Page not found</Title>
      <Text>There is nothing at this address.</Text>
      <Anchor component={Link} to="/agents">
        Back to all agents
      </Anchor>
    </Stack>
  );
}
