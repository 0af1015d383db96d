import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { observeRectOr } from '../../lib/observe-rect-or.ts';
import './bulk.css';

interface VirtualListProps<T> {
  items: readonly T[];
  /** The region's name, e.g. "Results per agent". */
  label: string;
  itemKey: (item: T) => string;
  /** A first guess at a row's height; each row is measured once drawn. */
  estimateSize: number;
  renderItem: (item: T) => ReactNode;
}

const observeRect = observeRectOr({ width: 800, height: 800 });

/** A scrollable, focusable list with only the rows in view in the DOM, for one row per agent. */
export function VirtualList<T>({
  items,
  label,
  itemKey,
  estimateSize,
  renderItem,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    observeElementRect: observeRect,
    overscan: 8,
  });
  return (
    <div ref={scrollRef} className="bulk-scroll" tabIndex={0} role="region" aria-label={label}>
      <ol className="bulk-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={itemKey(item)}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="bulk-list-item"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
