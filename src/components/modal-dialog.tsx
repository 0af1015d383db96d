import { Stack, Title } from '@mantine/core';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Escape or the browser's own close: the safe choice, never the destructive one. */
  onDismiss: () => void;
  children: ReactNode;
}

/**
 * The browser's own modal <dialog>: focus trap, Escape and an inert page come for free, with no
 * dialog library in the bundle.
 */
export function ModalDialog({ open, title, onDismiss, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      style={{
        border: 'none',
        borderRadius: 12,
        padding: 24,
        width: 'min(560px, 92vw)',
        boxShadow: '0 12px 40px rgba(0,0,0,0.25)',
      }}
    >
      {open && (
        <Stack gap="md">
          <Title order={2} size="h3" id={titleId}>
            {title}
          </Title>
          {children}
        </Stack>
      )}
    </dialog>
  );
}
