import { useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and reports how it went for `resetMs`. A refusal (no permission,
 * an insecure page) is reported too, so the user knows to copy by hand.
 */
export function useCopy(resetMs = 1500) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  const settle = (next: CopyState) => {
    // The clipboard may answer after the button is gone: then there is nothing to show.
    if (!mounted.current) return;
    setState(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), resetMs);
  };
  /** Resolves to whether the text reached the clipboard. */
  const copy = async (text: string) => {
    const ok = await (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error())).then(
      () => true,
      () => false,
    );
    settle(ok ? 'copied' : 'failed');
    return ok;
  };
  return { state, copy };
}
