import { Stack } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { Notice } from './notice.tsx';
import './toasts.css';

export interface Toast {
  id: number;
  title: string;
  message: string;
  color: 'green' | 'red' | 'blue';
}

const AUTO_CLOSE_MS = 5000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: Toast[]) {
  toasts = next;
  listeners.forEach((l) => l());
}

export function dismissToast(id: number) {
  emit(toasts.filter((t) => t.id !== id));
}

/** A short confirmation in the corner; @mantine/notifications did the same for 11 KB more. */
export function showToast(toast: Omit<Toast, 'id'>) {
  const id = nextId++;
  emit([...toasts.slice(-3), { ...toast, id }]);
  window.setTimeout(() => dismissToast(id), AUTO_CLOSE_MS);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The live region is there from the start so screen readers announce the first toast too. */
export function Toasts() {
  const current = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  );
  return (
    <Stack
      gap="xs"
      role="status"
      aria-live="polite"
      style={{ position: 'fixed', top: 16, right: 16, zIndex: 400, width: 'min(360px, 90vw)' }}
    >
      {current.map((t) => (
        <div key={t.id} className="toast">
          <Notice
            title={t.title}
            color={t.color}
            onDismiss={() => dismissToast(t.id)}
            dismissLabel="Close notification"
          >
            {t.message}
          </Notice>
        </div>
      ))}
    </Stack>
  );
}

/** Tests start each case without toasts left over from the last one. */
export function clearToasts() {
  emit([]);
}
