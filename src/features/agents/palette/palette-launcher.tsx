import { Button, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { modKeyLabel, useModKey } from '../../../components/use-mod-key.ts';

// Spotlight and its styles load on first use, keeping them out of every page's first load.
const AgentPalette = lazy(async () => ({
  default: (await import('./agent-palette.tsx')).AgentPalette,
}));

const SHORTCUT = modKeyLabel('k');

/** The header's "Find agent" button and the mod+K shortcut, which works from any page. */
export function PaletteLauncher() {
  const [requested, setRequested] = useState(false);
  const [opened, setOpened] = useState(false);
  const open = () => {
    setRequested(true);
    setOpened(true);
  };
  useModKey('k', open);

  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={open}
        aria-keyshortcuts={SHORTCUT.aria}
        rightSection={
          <Text span size="xs" c="dimmed" aria-hidden="true">
            {SHORTCUT.shown}
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
