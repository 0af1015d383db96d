import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * The virtualizer's size observer, but a box with no layout yet (hidden, or a test DOM) counts
 * as `fallback`, so it still renders a first screenful of rows.
 */
export function observeRectOr(fallback: { width: number; height: number }) {
  return (
    instance: Virtualizer<HTMLDivElement, Element>,
    cb: (rect: { width: number; height: number }) => void,
  ) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : fallback));
}
