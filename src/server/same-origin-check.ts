import { hostnameOf, isAllowedHostname } from './host-names.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OriginCheckOptions {
  /** Extra origins to accept, e.g. the public https origin when a proxy rewrites Host. */
  allowedOrigins?: readonly string[];
  /**
   * Host names the server is published under. When given, an Origin must name one of them as
   * well as match the Host header: a Host header alone is whatever the page's DNS made it.
   */
  allowedHosts?: readonly string[];
}

/**
 * Refuses a state-changing request that a browser sent from another site. Browsers always send
 * Origin on cross-origin POST/PATCH/DELETE, so a missing Origin means a non-browser client
 * (curl, Playwright's request fixture), which no other site can drive. `Sec-Fetch-Site` catches
 * the case where a foreign page reaches us under a name that resolves here.
 */
export function isForeignStateChange(request: Request, options: OriginCheckOptions = {}): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  if (options.allowedOrigins?.includes(origin)) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    // `Origin: null` (sandboxed frames, file:// pages) and garbage.
    return true;
  }
  if (options.allowedHosts && !isAllowedHostname(hostnameOf(originHost), options.allowedHosts)) {
    return true;
  }
  const requestHost = request.headers.get('host') ?? new URL(request.url).host;
  return originHost.toLowerCase() !== requestHost.toLowerCase();
}
