import * as z from 'zod/mini';
import { apiRequest } from './http-client.ts';

const gatewayModeSchema = z.object({ mode: z.enum(['fake', 'real']) });

/** Whether the app's server talks to the real OpenCX or to its built-in fake. */
export async function fetchGatewayMode(signal?: AbortSignal): Promise<'fake' | 'real'> {
  return (await apiRequest('/__gateway/mode', gatewayModeSchema, { signal })).mode;
}
