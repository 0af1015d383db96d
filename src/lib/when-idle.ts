/** Runs `run` when the browser has nothing else to do (at the latest after `timeoutMs`). */
export function whenIdle(run: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, Math.min(timeoutMs, 500));
  return () => clearTimeout(timer);
}
