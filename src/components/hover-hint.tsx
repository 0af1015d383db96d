import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './hover-hint.css';

interface HoverHintProps {
  label: ReactNode;
  children: ReactNode;
  /** Set it, and point the child's `aria-describedby` at it, when the hint adds to the name. */
  id?: string;
  /** Which edge of the child the bubble lines up with; `end` keeps it inside a right-hand column. */
  align?: 'start' | 'center' | 'end';
}

const SUPPORTS_POPOVER =
  typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
const GAP = 6;
const MARGIN = 8;

/** Below the anchor, or above it when there is no room; never past the window's edges. */
function place(bubble: HTMLElement, anchor: DOMRect, align: HoverHintProps['align']) {
  const width = bubble.offsetWidth;
  const height = bubble.offsetHeight;
  const wanted =
    align === 'start'
      ? anchor.left
      : align === 'end'
        ? anchor.right - width
        : anchor.left + anchor.width / 2 - width / 2;
  const left = Math.max(MARGIN, Math.min(wanted, window.innerWidth - width - MARGIN));
  const below = anchor.bottom + GAP;
  const top = below + height > window.innerHeight - MARGIN ? anchor.top - GAP - height : below;
  bubble.style.left = `${left}px`;
  bubble.style.top = `${top}px`;
}

/**
 * A short text bubble by its child while it is hovered or focused; Escape or a scroll hides it.
 * It opens in the browser's top layer (a manual popover), so no table cell or scroll box clips it,
 * and needs no positioning library. Without popover support it falls back to plain CSS placement.
 */
export function HoverHint({ label, children, id, align = 'center' }: HoverHintProps) {
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLSpanElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);
  const show = () => setOpen(true);
  const hide = () => setOpen(false);

  useLayoutEffect(() => {
    const bubble = bubbleRef.current;
    const anchor = anchorRef.current;
    if (!open || !bubble || !anchor || !SUPPORTS_POPOVER) return;
    bubble.showPopover();
    place(bubble, anchor.getBoundingClientRect(), align);
    return () => {
      if (bubble.matches(':popover-open')) bubble.hidePopover();
    };
  }, [open, align, label]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onScroll = () => setOpen(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [open]);

  return (
    <span
      ref={anchorRef}
      className="hover-hint"
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
    >
      {children}
      <span
        ref={bubbleRef}
        role="tooltip"
        id={id}
        className="hover-hint__bubble"
        data-align={align}
        popover={SUPPORTS_POPOVER ? 'manual' : undefined}
        hidden={!open}
      >
        {label}
      </span>
    </span>
  );
}
