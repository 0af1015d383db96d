import '@mantine/core/styles/Notification.css';
import { Notification } from '@mantine/core';
import type { Toast } from './toasts.tsx';

/** Mantine's Notification and its styles load with the first toast, not with the page. */
export function ToastCards({
  toasts,
  onClose,
}: {
  toasts: Toast[];
  onClose: (id: number) => void;
}) {
  return toasts.map((t) => (
    <Notification
      key={t.id}
      title={t.title}
      color={t.color}
      withBorder
      onClose={() => onClose(t.id)}
      closeButtonProps={{ 'aria-label': 'Close notification' }}
      // Mantine's default gray description fails WCAG AA contrast on white.
      styles={{ description: { color: 'var(--mantine-color-text)' } }}
    >
      {t.message}
    </Notification>
  ));
}
