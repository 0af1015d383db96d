import { useEffect, useRef } from 'react';

/**
 * While `active`, publishes the bar's height as `--save-bar-inset` on the document, so the page
 * can leave room under a bar fixed to the bottom of the viewport.
 */
export function useBarInset(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!active || !bar) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--save-bar-inset', `${bar.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--save-bar-inset');
    };
  }, [active]);
  return ref;
}
