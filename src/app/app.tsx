import './mantine-styles.ts';
import { useState } from 'react';
import { AppRouter } from './app-router.tsx';
import { Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createBrowserHistory } from './router/history.ts';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [history] = useState(createBrowserHistory);
  return (
    <Providers queryClient={queryClient}>
      <AppRouter history={history} />
    </Providers>
  );
}
