import { isIP } from 'node:net';
import { checkPasswordHash, type ParsedHash } from './password-hash.ts';

export interface ServerConfig {
  host: string;
  port: number;
  apiKey: string | undefined;
  apiUrl: string | undefined;
  /** Basic-auth users and their scrypt hashes; empty when not configured. */
  users: Map<string, ParsedHash>;
  /** Header an authenticating reverse proxy sets to the signed-in user, lower-cased. */
  trustedAuthHeader: string | undefined;
  /** Host names (without port) accepted in the Host header and in a state change's Origin. */
  allowedHosts: string[];
  allowedOrigins: string[];
  distDir: string;
  /** UPSTREAM_MAX_BYTES: the largest answer read from OpenCX. */
  upstreamMaxBytes: number | undefined;
  /** LIST_CACHE_MS: how old a shared agent list may be; undefined for the gateway's default. */
  listCacheMs: number | undefined;
  /** BULK_RATE_PER_MINUTE: OpenCX sends bulk jobs may make per minute (default 60). */
  bulkRatePerMinute: number | undefined;
  /** FAKE_OPENCX_RATE_PER_MINUTE: with the fake, 429 past this many requests a minute. */
  fakeRatePerMinute: number | undefined;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; error: string };

type Env = Record<string, string | undefined>;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function parseUsers(value: string | undefined): Map<string, ParsedHash> | string {
  const users = new Map<string, ParsedHash>();
  for (const entry of list(value)) {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon);
    if (colon <= 0 || !name) {
      return 'BASIC_AUTH_USERS must be user:scrypt:… pairs, comma-separated (npm run hash-password makes the hash)';
    }
    const checked = checkPasswordHash(entry.slice(colon + 1));
    if (!checked.ok) {
      const who = name.replace(/[^\x20-\x7e]/g, '?').slice(0, 64);
      return `BASIC_AUTH_USERS: the hash for "${who}" ${checked.problem}; make a new one with npm run hash-password`;
    }
    users.set(name, checked.hash);
  }
  return users;
}

/** A whole number of at least `min`, undefined when unset, or the one-line error. */
export function readWholeNumber(env: Env, name: string, min: number): number | undefined | string {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min
    ? value
    : `${name} must be a whole number of at least ${min}, not "${text.slice(0, 40)}"`;
}

/** Reads and checks the environment; an error is one line meant for the operator. */
export function readServerConfig(env: Env): ConfigResult {
  const host = env.HOST?.trim() || '127.0.0.1';
  const upstreamMaxBytes = readWholeNumber(env, 'UPSTREAM_MAX_BYTES', 1);
  if (typeof upstreamMaxBytes === 'string') return { ok: false, error: upstreamMaxBytes };
  const listCacheMs = readWholeNumber(env, 'LIST_CACHE_MS', 0);
  if (typeof listCacheMs === 'string') return { ok: false, error: listCacheMs };
  const bulkRatePerMinute = readWholeNumber(env, 'BULK_RATE_PER_MINUTE', 1);
  if (typeof bulkRatePerMinute === 'string') return { ok: false, error: bulkRatePerMinute };
  const fakeRatePerMinute = readWholeNumber(env, 'FAKE_OPENCX_RATE_PER_MINUTE', 1);
  if (typeof fakeRatePerMinute === 'string') return { ok: false, error: fakeRatePerMinute };
  const port = Number(env.PORT?.trim() || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, error: `PORT must be a number from 0 to 65535, not "${env.PORT}"` };
  }
  const forceFake = env.OPENCX_FORCE_FAKE === '1';
  const apiKey = forceFake ? undefined : env.OPENCX_API_KEY?.trim() || undefined;
  const users = parseUsers(env.BASIC_AUTH_USERS);
  if (typeof users === 'string') return { ok: false, error: users };
  const trustedAuthHeader = env.TRUSTED_AUTH_HEADER?.trim().toLowerCase() || undefined;
  if (users.size > 0 && trustedAuthHeader) {
    // With both, the proxy header alone would let anyone who can send it skip the password.
    return {
      ok: false,
      error:
        'Refusing to start: set BASIC_AUTH_USERS or TRUSTED_AUTH_HEADER, not both ' +
        '(the header alone would let anyone who sends it in without a password)',
    };
  }
  const loopback = isLoopbackHost(host);
  const extraHosts = list(env.ALLOWED_HOSTS).map((h) => h.toLowerCase());
  // Extra Host names mean a proxy publishes this server beyond the machine: same rule as a
  // non-loopback HOST.
  const exposedAs = !loopback ? `HOST=${host}` : extraHosts.length > 0 ? 'ALLOWED_HOSTS' : null;
  if (apiKey && exposedAs && users.size === 0 && !trustedAuthHeader) {
    return {
      ok: false,
      error:
        `Refusing to start: ${exposedAs} would let anyone who reaches it edit every agent with ` +
        'the OpenCX key; set BASIC_AUTH_USERS or TRUSTED_AUTH_HEADER, or listen on HOST=127.0.0.1',
    };
  }
  // Any server is reachable from any web page via DNS rebinding unless the Host header is
  // checked, so only loopback names and the configured ones are ever served.
  if (!loopback && extraHosts.length === 0) {
    return {
      ok: false,
      error:
        `Refusing to start: HOST=${host} needs ALLOWED_HOSTS, the host names people use to reach ` +
        'it (e.g. ALLOWED_HOSTS=agents.example.com); any other name could be a DNS-rebinding page',
    };
  }
  const allowedHosts = [...LOOPBACK_NAMES, ...extraHosts];
  return {
    ok: true,
    config: {
      host,
      port,
      apiKey,
      apiUrl: env.OPENCX_API_URL?.trim() || undefined,
      users,
      trustedAuthHeader,
      allowedHosts,
      allowedOrigins: list(env.ALLOWED_ORIGINS),
      distDir: env.DIST_DIR?.trim() || 'dist',
      upstreamMaxBytes,
      listCacheMs,
      bulkRatePerMinute,
      fakeRatePerMinute,
    },
  };
}
