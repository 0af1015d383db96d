import './mantine-styles.ts';
import { RouterProvider } from '@tanstack/react-router';
import { setDefaultTimeoutMs } from '../api/http-client.ts';
import { Providers } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.ts';
import { readTimingOverrides } from './timing-overrides.ts';

export type AppClients = ReturnType<typeof createClients>;

export function createClients() {
  const timing = readTimingOverrides();
  if (timing.requestTimeoutMs) setDefaultTimeoutMs(timing.requestTimeoutMs);
  const queryClient = createQueryClient({ retryDelayMs: timing.retryDelayMs });
  return { queryClient, router: createAppRouter(queryClient) };
}

export function App({ clients: { queryClient, router } }: { clients: AppClients }) {
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
