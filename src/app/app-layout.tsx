import { Anchor, Box, Container, Group, Loader, Text } from '@mantine/core';
import { PaletteLauncher } from '../features/agents/palette/palette-launcher.tsx';
import { GatewayModeBadge } from './gateway-mode-badge.tsx';
import { RouteErrorPage } from './route-error-page.tsx';
import { Link } from './router/link.tsx';
import { RoutesOutlet } from './router/routes-outlet.tsx';
import { routes } from './routes.tsx';

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
          <Group gap="sm" wrap="nowrap">
            <PaletteLauncher />
            <GatewayModeBadge />
          </Group>
        </Group>
      </Box>
      <Container component="main" size="xl" py="lg">
        <RoutesOutlet
          routes={routes}
          fallback={<PageLoader />}
          errorFallback={(error, reset) => <RouteErrorPage error={error} onRetry={reset} />}
        />
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
