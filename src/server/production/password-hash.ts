import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Stored as `scrypt:N:r:p:salt:hash` (base64url): no `$`, so it survives shells and .env files.
const PARAMS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;
// A stored hash may ask for at most twice the default work (memory 128·N·r, time ∝ N·r·p): more
// would stall a thread-pool thread per login, or exceed maxmem and fail every login.
const MAX_WORK = 2 * PARAMS.N * PARAMS.r * PARAMS.p;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: MAX_MEMORY },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  const { N, r, p } = PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join(':');
}

export interface ParsedHash {
  options: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

export type HashCheck = { ok: true; hash: ParsedHash } | { ok: false; problem: string };

/**
 * Parses `scrypt:N:r:p:salt:key` and refuses parameters weaker than `hashPassword` makes, or so
 * costly that scrypt would fail (which would answer every login with an error, telling anyone that
 * the user exists) or stall the server.
 */
export function checkPasswordHash(text: string): HashCheck {
  const parts = text.split(':');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    return { ok: false, problem: 'is not scrypt:N:r:p:salt:hash' };
  }
  const [N = 0, r = 0, p = 0] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) {
    return { ok: false, problem: 'has N, r and p that are not positive whole numbers' };
  }
  if (salt.length < 16 || key.length !== KEY_LENGTH) {
    return {
      ok: false,
      problem: `needs a salt of at least 16 bytes and a ${KEY_LENGTH}-byte hash`,
    };
  }
  const powerOfTwo = (N & (N - 1)) === 0;
  if (!powerOfTwo || N < PARAMS.N || r < PARAMS.r || p < PARAMS.p) {
    return {
      ok: false,
      problem: `is weaker than N=${PARAMS.N}, r=${PARAMS.r}, p=${PARAMS.p} (N a power of 2)`,
    };
  }
  if (N * r * p > MAX_WORK) {
    return {
      ok: false,
      problem: `asks for more work than one login may cost (N=${N}, r=${r}, p=${p})`,
    };
  }
  return { ok: true, hash: { options: { N, r, p }, salt, key } };
}

export function parsePasswordHash(text: string): ParsedHash | null {
  const result = checkPasswordHash(text);
  return result.ok ? result.hash : null;
}

export async function verifyPassword(password: string, hash: ParsedHash): Promise<boolean> {
  const key = await derive(password, hash.salt, hash.options);
  return timingSafeEqual(key, hash.key);
}
