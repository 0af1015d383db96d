import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/** React Query pauses requests while offline; this says when, so the UI can tell the user. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
    () => true,
  );
}
