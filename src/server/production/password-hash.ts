import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Stored as `scrypt:N:r:p:salt:hash` (base64url): no `$`, so it survives shells and .env files.
const PARAMS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 64 * 1024 * 1024 },
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

export function parsePasswordHash(text: string): ParsedHash | null {
  const parts = text.split(':');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  const valid = [N, r, p].every((n) => Number.isInteger(n) && (n ?? 0) > 0);
  if (!valid || salt.length < 8 || key.length !== KEY_LENGTH) return null;
  return { options: { N, r, p }, salt, key };
}

export async function verifyPassword(password: string, hash: ParsedHash): Promise<boolean> {
  const key = await derive(password, hash.salt, hash.options);
  return timingSafeEqual(key, hash.key);
}
