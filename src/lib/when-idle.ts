/** Runs `run` once the browser has nothing else to do (or a couple of seconds later at most). */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 2000);
}
