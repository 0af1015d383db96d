import { lazy, type ComponentType } from 'react';

/**
 * Like React.lazy, but able to start over: React.lazy keeps a failed import for good, so "Retry"
 * after a network blip would only show the same error again. `retry()` makes the next render
 * fetch the chunk anew.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  const make = () => lazy(async () => ({ default: await load() }));
  let current = make();
  function Loaded(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return {
    Loaded,
    retry: () => {
      current = make();
    },
  };
}
