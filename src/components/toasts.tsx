import { Stack } from '@mantine/core';
import { lazy, Suspense, useSyncExternalStore } from 'react';

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

const loadCards = () => import('./toast-cards.tsx');
const ToastCards = lazy(async () => ({ default: (await loadCards()).ToastCards }));

/** Fetches the toast cards ahead of the first toast, e.g. once there is something to save. */
export function preloadToasts() {
  loadCards().catch(() => undefined);
}

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
      {current.length > 0 && (
        <Suspense fallback={null}>
          <ToastCards toasts={current} onClose={dismissToast} />
        </Suspense>
      )}
    </Stack>
  );
}

/** Tests start each case without toasts left over from the last one. */
export function clearToasts() {
  emit([]);
}
