import { Anchor, Box, Container, Group, Loader, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { GatewayModeBadge } from './gateway-mode-badge.tsx';

export function AppLayout() {
  return (
    <>
      <Box
        component="header"
        py="sm"
        px="md"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/agents" underline="never" c="inherit" fw={700} size="lg">
            OpenCX phone agents
          </Anchor>
          <GatewayModeBadge />
        </Group>
      </Box>
      <Container component="main" size="xl" py="lg">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}

export function PageLoader() {
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" />
      <Text c="dimmed">Loading…</Text>
    </Group>
  );
}
