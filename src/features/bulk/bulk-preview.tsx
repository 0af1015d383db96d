import { Text } from '@mantine/core';
import { ChangeLines } from './change-lines.tsx';
import type { PreviewRow } from './plan-preview.ts';
import { VirtualList } from './virtual-list.tsx';

/** Per agent, each field's current -> new value in words; skipped agents say why. */
export function BulkPreview({ rows }: { rows: PreviewRow[] }) {
  return (
    <VirtualList
      items={rows}
      label="Changes per agent"
      itemKey={(row) => row.agentId}
      estimateSize={72}
      renderItem={(row) => (
        <>
          <Text fw={600} size="sm">
            {row.name}
          </Text>
          {row.skipped ? (
            <Text size="sm" c="dimmed">
              Skipped: {row.skipped}
            </Text>
          ) : (
            <ChangeLines changes={row.changes} verb="changes to" />
          )}
        </>
      )}
    />
  );
}
