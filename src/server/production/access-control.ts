import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.ts';
import { FailureBackoff } from './failure-backoff.ts';
import { HashQueue, QueueFullError } from './hash-queue.ts';
import {
  hashPassword,
  parsePasswordHash,
  verifyPassword,
  type ParsedHash,
} from './password-hash.ts';

export interface ProductionEnv {
  Variables: { user?: string };
}

export interface AccessControlOptions {
  users: Map<string, ParsedHash>;
  trustedAuthHeader: string | undefined;
  /** For tests: the clock the login backoff uses. */
  now?: () => number;
}

const REALM = 'Basic realm="OpenCX agent console", charset="UTF-8"';
const MAX_REMEMBERED = 256;
// One address may have this many sign-ins being hashed at once; a browser sends one at a time.
const MAX_HASHING_PER_ADDRESS = 2;

function unauthorized(): Response {
  return Response.json(
    { statusCode: 401, message: 'Sign in to use the agent console', error: 'Unauthorized' },
    { status: 401, headers: { 'www-authenticate': REALM } },
  );
}

function tooManyAttempts(waitMs: number): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return Response.json(
    {
      statusCode: 429,
      message: `Too many failed sign-ins: try again in ${seconds} s`,
      error: 'Too Many Requests',
    },
    { status: 429, headers: { 'retry-after': String(seconds) } },
  );
}

function decodeBasic(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? null : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

type BasicResult = { user: string } | { waitMs: number } | null;

/**
 * Basic auth against scrypt hashes, or a header set by an authenticating proxy. A page load makes
 * a dozen requests and scrypt is deliberately slow, so a verified credential is remembered by its
 * SHA-256 (never the password itself) until the process restarts. Failed sign-ins make the
 * client address, and the user name, wait longer and longer, and hashing runs through a bounded
 * queue, so guessing cannot crowd out people who know their password.
 */
export function accessControl(
  options: AccessControlOptions,
): MiddlewareHandler<ProductionEnv> | null {
  const { users, trustedAuthHeader } = options;
  if (users.size === 0 && !trustedAuthHeader) return null;
  const verified = new Set<string>();
  // Unknown users still cost one scrypt run, so timing does not tell which names exist.
  const decoy = hashPassword('decoy password').then((text) => parsePasswordHash(text));
  const byAddress = new FailureBackoff({
    freeFailures: 5,
    maxDelayMs: 60_000,
    forgetAfterMs: 15 * 60_000,
    now: options.now,
  });
  // Higher, since anyone may fail for any name: this slows a spread-out guess at one password.
  const byUser = new FailureBackoff({
    freeFailures: 20,
    maxDelayMs: 60_000,
    forgetAfterMs: 15 * 60_000,
    now: options.now,
  });
  const hashing = new HashQueue(2, 32);
  const hashingByAddress = new Map<string, number>();

  async function checkBasic(header: string | undefined, address: string): Promise<BasicResult> {
    const credential = decodeBasic(header);
    if (!credential) return null;
    const digest = createHash('sha256')
      .update(header ?? '')
      .digest('base64');
    if (verified.has(digest)) return { user: credential.user };
    const addressKey = address;
    const userKey = credential.user.slice(0, 256);
    const waitMs = Math.max(byAddress.waitMs(addressKey), byUser.waitMs(userKey));
    if (waitMs > 0) return { waitMs };
    const inFlight = hashingByAddress.get(addressKey) ?? 0;
    if (inFlight >= MAX_HASHING_PER_ADDRESS) return { waitMs: 1000 };
    hashingByAddress.set(addressKey, inFlight + 1);
    let ok: boolean;
    try {
      const hash = users.get(credential.user) ?? (await decoy);
      if (!hash) return null;
      ok =
        (await hashing.run(() => verifyPassword(credential.password, hash))) &&
        users.has(credential.user);
    } catch (err) {
      if (err instanceof QueueFullError) return { waitMs: 1000 };
      throw err;
    } finally {
      const left = (hashingByAddress.get(addressKey) ?? 1) - 1;
      if (left > 0) hashingByAddress.set(addressKey, left);
      else hashingByAddress.delete(addressKey);
    }
    if (!ok) {
      byAddress.fail(addressKey);
      byUser.fail(userKey);
      return null;
    }
    byAddress.succeed(addressKey);
    byUser.succeed(userKey);
    if (verified.size >= MAX_REMEMBERED) verified.clear();
    verified.add(digest);
    return { user: credential.user };
  }

  return async (c: Context<ProductionEnv>, next) => {
    const proxyUser = trustedAuthHeader ? c.req.header(trustedAuthHeader)?.trim() : undefined;
    let user = proxyUser || null;
    if (!user && users.size > 0) {
      const result = await checkBasic(c.req.header('authorization'), clientAddress(c) ?? 'unknown');
      if (result && 'waitMs' in result) return tooManyAttempts(result.waitMs);
      user = result?.user ?? null;
    }
    if (!user) return unauthorized();
    c.set('user', user);
    await next();
  };
}
