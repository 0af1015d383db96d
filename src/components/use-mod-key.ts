import { useEffect, useRef } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut's name for `aria-keyshortcuts` and the hint beside a button. */
export const modKeyLabel = (key: string) => ({
  aria: `${isMac ? 'Meta' : 'Control'}+${key.toUpperCase()}`,
  shown: `${isMac ? '⌘' : 'Ctrl '}${key.toUpperCase()}`,
});

/**
 * Runs `handler` on Ctrl+key or ⌘+key (either, on any system: the label shows the usual one), also
 * while typing in a field, and keeps the browser's own meaning of the shortcut (save page, focus
 * the address bar) from firing.
 */
export function useModKey(key: string, handler: () => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey !== event.metaKey;
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== key) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
