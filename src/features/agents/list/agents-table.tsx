import { useVirtualizer } from '@tanstack/react-virtual';
import { observeRectOr } from '../../../lib/observe-rect-or.ts';
import { useElementScrollRestoration } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { IndexedAgent } from './agent-search-index.ts';
import { AgentRow, ROW_HEIGHT } from './agent-row.tsx';
import { VisuallyHidden } from '@mantine/core';
import type { SelectionStore } from './selection-store.ts';
import './agents-table.css';

const HEADER_HEIGHT = 56;
// Back from an agent returns to the same rows: the router keeps this box's scroll per entry.
const SCROLL_ID = 'agents-table';
const observeRect = observeRectOr({ width: 1280, height: 800 });

const COLUMNS: { label: string; width?: number; hidden?: boolean }[] = [
  { label: 'Selected', width: 44, hidden: true },
  { label: 'Name' },
  { label: 'Type', width: 116 },
  { label: 'Model', width: 164 },
  // Room for an international number of 17 characters in the monospace font, and its copy button.
  { label: 'Phone number', width: 196 },
  { label: 'Languages', width: 100 },
  { label: 'Knowledge base', width: 96 },
  { label: 'Handoff number', width: 168 },
  { label: 'Updated', width: 128 },
  { label: 'Agent ID', width: 128 },
];

interface AgentsTableProps {
  entries: readonly IndexedAgent[];
  onOpen: (id: string) => void;
  /** A click on an agent's link, which may take over its navigation. */
  onFollowLink: (event: MouseEvent, id: string) => void;
  selection: SelectionStore;
  onToggleSelect: (id: string, extend: boolean) => void;
}

/** Only the rows in view are in the DOM; the table keeps real row semantics and counts. */
export function AgentsTable({
  entries,
  onOpen,
  onFollowLink,
  selection,
  onToggleSelect,
}: AgentsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const restored = useElementScrollRestoration({ id: SCROLL_ID });
  const virtualizer = useVirtualizer({
    initialOffset: restored?.scrollY,
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => entries[index]?.agent.id ?? index,
    observeElementRect: observeRect,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 6,
  });

  // A row scrolled to with the keyboard may render a few frames later: focus it once it does.
  const pendingFocus = useRef<number | null>(null);
  const focusPendingRow = useCallback(() => {
    if (pendingFocus.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${pendingFocus.current}"]`,
    );
    if (!row) return;
    pendingFocus.current = null;
    row.focus();
  }, []);
  useEffect(focusPendingRow);

  const onMoveFocus = useCallback(
    (from: number, move: 'up' | 'down' | 'first' | 'last') => {
      const last = entries.length - 1;
      const to = { up: from - 1, down: from + 1, first: 0, last }[move];
      if (to < 0 || to > last) return;
      pendingFocus.current = to;
      virtualizer.scrollToIndex(to);
      focusPendingRow();
    },
    [entries.length, virtualizer, focusPendingRow],
  );

  const [activeRow, setActiveRow] = useState(0);
  const items = virtualizer.getVirtualItems();
  // The row Tab lands on: the last one focused, or the first in view once that one scrolled away.
  const tabbableRow = items.some((item) => item.index === activeRow)
    ? activeRow
    : (items[0]?.index ?? 0);
  const before = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT);

  return (
    <div ref={scrollRef} className="agents-table-scroll" data-scroll-restoration-id={SCROLL_ID}>
      <table className="agents-table" aria-label="Phone agents" aria-rowcount={entries.length + 1}>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead style={{ height: HEADER_HEIGHT }}>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th key={c.label} scope="col">
                {c.hidden ? <VisuallyHidden>{c.label}</VisuallyHidden> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const entry = entries[item.index];
            return entry ? (
              <AgentRow
                key={item.key}
                entry={entry}
                index={item.index}
                onOpen={onOpen}
                onMoveFocus={onMoveFocus}
                onFollowLink={onFollowLink}
                tabbable={item.index === tabbableRow}
                onRowFocus={setActiveRow}
                selection={selection}
                onToggleSelect={onToggleSelect}
              />
            ) : null;
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
