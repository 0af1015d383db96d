import { isIP } from 'node:net';

/** The host name of a Host header or URL host, lower-cased, without the port. */
export function hostnameOf(hostHeader: string): string {
  const bracketed = /^\[[^\]]*\]/.exec(hostHeader);
  if (bracketed) return bracketed[0].toLowerCase();
  return hostHeader.replace(/:\d*$/, '').toLowerCase();
}

/**
 * Whether `hostname` is one of `allowed`. Any 127.x.x.x literal counts as loopback when
 * 127.0.0.1 is allowed: only a browser on this machine can address it, no DNS name is involved.
 */
export function isAllowedHostname(hostname: string, allowed: readonly string[]): boolean {
  if (allowed.includes(hostname)) return true;
  return allowed.includes('127.0.0.1') && isIP(hostname) === 4 && hostname.startsWith('127.');
}

/** Whether a socket's remote address is this machine (IPv4, IPv6 or IPv4-mapped IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.replace(/^::ffff:/i, '');
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}
