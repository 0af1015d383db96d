import { useEffect, useState, type ReactNode } from 'react';
import './hover-hint.css';

interface HoverHintProps {
  label: ReactNode;
  children: ReactNode;
  /** Set it, and point the child's `aria-describedby` at it, when the hint adds to the name. */
  id?: string;
  /** Which edge of the child the bubble lines up with; `end` keeps it inside a right-hand column. */
  align?: 'start' | 'center' | 'end';
}

/**
 * A short text bubble under its child while it is hovered or focused; Escape hides it. Plain CSS
 * positioning instead of Mantine's Tooltip keeps floating-ui out of the first load.
 */
export function HoverHint({ label, children, id, align = 'center' }: HoverHintProps) {
  const [open, setOpen] = useState(false);
  const show = () => setOpen(true);
  const hide = () => setOpen(false);
  // Escape dismisses it wherever focus is, so a hint never has to be moved away to be gone.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return (
    <span
      className="hover-hint"
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
    >
      {children}
      <span role="tooltip" id={id} className="hover-hint__bubble" data-align={align} hidden={!open}>
        {label}
      </span>
    </span>
  );
}
