import { DEFAULT_OPENCX_API_URL } from '../gateway.ts';
import { isLoopbackHost, type ServerConfig } from './server-config.ts';

/** The one start-up line: where it listens, which OpenCX it talks to, and who may use it. */
export function describeStartup(
  config: Pick<ServerConfig, 'host' | 'apiUrl' | 'users' | 'trustedAuthHeader'>,
  mode: 'real' | 'fake',
  port: number,
): string {
  const api =
    mode === 'real'
      ? `OpenCX at ${config.apiUrl ?? DEFAULT_OPENCX_API_URL}`
      : 'fake OpenCX with demo data';
  let access: string;
  if (config.users.size > 0) access = `basic auth (${config.users.size} users)`;
  else if (config.trustedAuthHeader) access = `proxy header ${config.trustedAuthHeader}`;
  else if (isLoopbackHost(config.host)) access = 'none (loopback only)';
  // Only the demo data gets here: a real key off loopback requires access control.
  else access = 'none: open to the network (demo data; its controls answer this machine only)';
  return `listening on http://${config.host}:${port}; api: ${api}; access control: ${access}`;
}
