import { Anchor, Box, Group, Text } from '@mantine/core';
import './app-layout.css';
import { Spinner } from '../components/spinner.tsx';
import { PaletteLauncher } from '../features/agents/palette/palette-launcher.tsx';
import { GatewayModeBadge } from './gateway-mode-badge.tsx';
import { RouteErrorPage } from './route-error-page.tsx';
import { Link } from './router/link.tsx';
import { RoutesOutlet } from './router/routes-outlet.tsx';
import { retryPageLoads, routes } from './routes.tsx';

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
      <main className="app-main">
        <RoutesOutlet
          routes={routes}
          fallback={<PageLoader />}
          errorFallback={(error, reset) => (
            <RouteErrorPage
              error={error}
              onRetry={() => {
                retryPageLoads();
                reset();
              }}
            />
          )}
        />
      </main>
    </>
  );
}

export function PageLoader() {
  return (
    <Group gap="xs" role="status">
      <Spinner size="sm" />
      <Text c="dimmed">Loading…</Text>
    </Group>
  );
}
