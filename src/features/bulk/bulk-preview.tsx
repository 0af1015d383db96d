import { Text } from '@mantine/core';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { ChangeLines } from './change-lines.tsx';
import type { PreviewRow } from './plan-preview.ts';
import './bulk.css';

const FALLBACK_RECT = { width: 600, height: 600 };
function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

/** Per agent, each field's current -> new value in words; skipped agents say why. */
export function BulkPreview({ rows }: { rows: PreviewRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    observeElementRect: observeRectWithFallback,
    overscan: 6,
  });
  return (
    <div
      ref={scrollRef}
      className="bulk-scroll"
      tabIndex={0}
      role="region"
      aria-label="Changes per agent"
    >
      <ol className="bulk-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={row.agentId}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="bulk-list-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
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
            </li>
          );
        })}
      </ol>
    </div>
  );
}
