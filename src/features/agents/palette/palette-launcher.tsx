import { Button, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';

// Spotlight and its styles load on first use, keeping them out of every page's first load.
const AgentPalette = lazy(async () => ({
  default: (await import('./agent-palette.tsx')).AgentPalette,
}));

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The header's "Find agent" button and the mod+K shortcut, which works from any page. */
export function PaletteLauncher() {
  const [requested, setRequested] = useState(false);
  const [opened, setOpened] = useState(false);
  const open = () => {
    setRequested(true);
    setOpened(true);
  };
  // An empty ignore list: the shortcut must work while typing in a field too.
  useHotkeys([['mod+K', open]], []);

  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={open}
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        rightSection={
          <Text span size="xs" c="dimmed" aria-hidden="true">
            {isMac ? '⌘K' : 'Ctrl K'}
          </Text>
        }
      >
        Find agent
      </Button>
      {requested && (
        <Suspense fallback={null}>
          <AgentPalette opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
