import { lazy, type ComponentType } from 'react';

type Module<P> = { default: ComponentType<P> };

/**
 * Like React.lazy, but able to start over: React.lazy keeps a failed import for good, so "Retry"
 * after a network blip would only show the same error again. `retry()` makes the next render
 * fetch the chunk anew; `preload()` starts the fetch before the first render needs it, and
 * `Loaded.preload` is what the router awaits before it shows a route (as with its own lazy routes).
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<void> | null = null;
  let loaded: ComponentType<P> | null = null;
  const start = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A preload that failed must not fail the render that needs the code later.
        pending = null;
        throw error;
      },
    ));
  // React.lazy suspends on any promise, even a settled one, but not on a thenable that answers
  // at once: code already fetched renders in the same pass, with no fallback in between.
  const settled = (component: ComponentType<P>) =>
    ({
      then: (resolve: (module: Module<P>) => void) => resolve({ default: component }),
    }) as unknown as Promise<Module<P>>;
  const make = () =>
    lazy(() =>
      loaded ? settled(loaded) : start().then(() => settled(loaded as ComponentType<P>)),
    );
  let current = make();
  function Loaded(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  Loaded.preload = start;
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
