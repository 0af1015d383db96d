import '@mantine/core/styles/Button.css';
import { Button, Group, Text } from '@mantine/core';
import type { IndexedAgent } from './agent-search-index.ts';
import { useSelectedCount, type SelectionStore } from './selection-store.ts';

const count = new Intl.NumberFormat('en');
const agents = (n: number) => `${count.format(n)} ${n === 1 ? 'agent' : 'agents'}`;

interface SelectionBarProps {
  store: SelectionStore;
  shown: readonly IndexedAgent[];
  onSelectAllShown: () => void;
  /** Absent when nothing can be done with a selection here. */
  onBulkEdit?: () => void;
}

/** The selected count, what is selected but not shown, and what to do with the selection. */
export function SelectionBar({ store, shown, onSelectAllShown, onBulkEdit }: SelectionBarProps) {
  const selected = useSelectedCount(store);
  // Renders only when the count or the rows shown change; one pass over 10,000 IDs is cheap.
  const selectedShown =
    selected === 0 ? 0 : shown.filter((entry) => store.has(entry.agent.id)).length;
  const hidden = selected - selectedShown;
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label="Selection">
      <Text size="sm" aria-live="polite">
        {selected === 0 ? 'None selected' : `${count.format(selected)} selected`}
        {hidden > 0 ? ` (${count.format(hidden)} not shown)` : ''}
      </Text>
      {selectedShown < shown.length && (
        <Button size="xs" variant="default" onClick={onSelectAllShown}>
          Select all {count.format(shown.length)} matching
        </Button>
      )}
      {selected > 0 && (
        <Button size="xs" variant="default" onClick={store.clear}>
          Clear
        </Button>
      )}
      {selected > 0 && onBulkEdit && (
        <Button size="xs" onClick={onBulkEdit}>
          Bulk edit {agents(selected)}
        </Button>
      )}
    </Group>
  );
}
