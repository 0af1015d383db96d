import { AnchorLink } from '../lib/anchor-link.tsx';
import { Box, Group, Loader, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import './app-layout.css';
import { PaletteLauncher } from '../features/agents/palette/palette-launcher.tsx';
import { ColorSchemeControl } from './color-scheme-control.tsx';
import { GatewayModeBadge } from './gateway-mode-badge.tsx';

export function AppLayout() {
  return (
    <>
      <Box
        component="header"
        py="sm"
        px="md"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group justify="space-between" wrap="wrap" gap="xs">
          <AnchorLink to="/agents" underline="never" c="inherit" fw={700} size="lg">
            OpenCX phone agents
          </AnchorLink>
          <Group gap="sm" wrap="wrap">
            <AnchorLink to="/activity" size="sm">
              Activity
            </AnchorLink>
            <AnchorLink to="/jobs" size="sm">
              Jobs
            </AnchorLink>
            <ColorSchemeControl />
            <PaletteLauncher />
            <GatewayModeBadge />
          </Group>
        </Group>
      </Box>
      <main className="app-main">
        <Outlet />
      </main>
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
