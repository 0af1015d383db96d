import { queryOptions } from '@tanstack/react-query';
import { fetchGatewayMode } from '../api/gateway-mode.ts';

export const gatewayModeQuery = () =>
  queryOptions({
    queryKey: ['gateway-mode'],
    queryFn: ({ signal }) => fetchGatewayMode(signal),
    staleTime: Infinity,
    retry: false,
  });
