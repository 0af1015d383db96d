import { AnchorLink } from '../lib/anchor-link.tsx';
import { Stack, Text, Title } from '@mantine/core';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1}>Page not found</Title>
      <Text>There is nothing at this address.</Text>
      <AnchorLink to="/agents">Back to all agents</AnchorLink>
    </Stack>
  );
}
