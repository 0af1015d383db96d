import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from './http-client.ts';

const gatewayModeSchema = z.object({ mode: z.enum(['fake', 'real']) });

export const gatewayModeQuery = () =>
  queryOptions({
    queryKey: ['gateway-mode'],
    queryFn: async ({ signal }) =>
      (await apiRequest('/__gateway/mode', gatewayModeSchema, { signal })).mode,
    staleTime: Infinity,
    retry: false,
  });
