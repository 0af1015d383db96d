import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
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
}

const REALM = 'Basic realm="OpenCX agent console", charset="UTF-8"';
const MAX_REMEMBERED = 256;

function unauthorized(): Response {
  return Response.json(
    { statusCode: 401, message: 'Sign in to use the agent console', error: 'Unauthorized' },
    { status: 401, headers: { 'www-authenticate': REALM } },
  );
}

function decodeBasic(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? null : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * Basic auth against scrypt hashes, or a header set by an authenticating proxy. A page load makes
 * a dozen requests and scrypt is deliberately slow, so a verified credential is remembered by its
 * SHA-256 (never the password itself) until the process restarts.
 */
export function accessControl(
  options: AccessControlOptions,
): MiddlewareHandler<ProductionEnv> | null {
  const { users, trustedAuthHeader } = options;
  if (users.size === 0 && !trustedAuthHeader) return null;
  const verified = new Set<string>();
  // Unknown users still cost one scrypt run, so timing does not tell which names exist.
  const decoy = hashPassword('decoy password').then((text) => parsePasswordHash(text));

  async function checkBasic(header: string | undefined): Promise<string | null> {
    const credential = decodeBasic(header);
    if (!credential) return null;
    const digest = createHash('sha256')
      .update(header ?? '')
      .digest('base64');
    if (verified.has(digest)) return credential.user;
    const hash = users.get(credential.user) ?? (await decoy);
    if (!hash) return null;
    const ok = (await verifyPassword(credential.password, hash)) && users.has(credential.user);
    if (!ok) return null;
    if (verified.size >= MAX_REMEMBERED) verified.clear();
    verified.add(digest);
    return credential.user;
  }

  return async (c, next) => {
    const proxyUser = trustedAuthHeader ? c.req.header(trustedAuthHeader)?.trim() : undefined;
    const user =
      proxyUser || (users.size > 0 ? await checkBasic(c.req.header('authorization')) : null);
    if (!user) return unauthorized();
    c.set('user', user);
    await next();
  };
}
