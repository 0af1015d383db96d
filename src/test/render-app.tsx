import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { AppRouter } from '../app/app-router.tsx';
import { Providers } from '../app/providers.tsx';
import { createMemoryHistory } from '../app/router/history.ts';

/** The whole app at `path`, as a user would see it, with a fresh cache and no retries. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const history = createMemoryHistory(path);
  const view = render(
    <Providers queryClient={queryClient} env="test">
      <AppRouter history={history} />
    </Providers>,
  );
  return { ...view, queryClient, history };
}
