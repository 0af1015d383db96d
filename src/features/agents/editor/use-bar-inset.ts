import { useEffect, useRef } from 'react';

/**
 * While `active`, publishes the bar's height as `--save-bar-inset` on the document, so the page
 * can leave room under a bar fixed to the bottom of the viewport. The height comes from a resize
 * observer, which reports after the browser has laid the page out: reading it here would force
 * that layout inside the keystroke that made the bar appear.
 */
export function useBarInset(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!active || !bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? bar.offsetHeight;
      root.style.setProperty('--save-bar-inset', `${height}px`);
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--save-bar-inset');
    };
  }, [active]);
  return ref;
}
