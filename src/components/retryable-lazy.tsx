import { lazy, type ComponentType } from 'react';

/**
 * Like React.lazy, but able to start over: React.lazy keeps a failed import for good, so "Retry"
 * after a network blip would only show the same error again. `retry()` makes the next render
 * fetch the chunk anew; `preload()` starts the fetch before the first render needs it.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => (pending ??= load());
  const make = () => lazy(async () => ({ default: await start() }));
  let current = make();
  function Loaded(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return {
    Loaded,
    preload: () => {
      // A failure here is shown by the render that awaits the same promise.
      start().catch(() => {});
    },
    retry: () => {
      pending = null;
      current = make();
    },
  };
}
