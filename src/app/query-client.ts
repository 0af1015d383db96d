import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';

export function createQueryClient(options: { retryDelayMs?: number } = {}): QueryClient {
  const { retryDelayMs } = options;
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not heal by retrying; network blips and 5xx may.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        ...(retryDelayMs === undefined ? {} : { retryDelay: retryDelayMs }),
      },
      mutations: { retry: false },
    },
  });
}
