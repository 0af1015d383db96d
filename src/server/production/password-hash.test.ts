// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from './password-hash.ts';

describe('password hashes', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const text = await hashPassword('correct horse battery');
    expect(text).toMatch(/^scrypt:16384:8:1:[\w-]+:[\w-]+$/);
    expect(text).not.toBe(await hashPassword('correct horse battery'));
    const hash = parsePasswordHash(text);
    expect(hash).not.toBeNull();
    if (!hash) return;
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batter', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('rejects malformed hashes', () => {
    for (const text of [
      '',
      'plain',
      'scrypt:1:2:3',
      'bcrypt:16384:8:1:c2FsdHNhbHQ:aGFzaA',
      'scrypt:x:8:1:c2FsdHNhbHQ:aGFzaA',
    ]) {
      expect(parsePasswordHash(text), text).toBeNull();
    }
  });
});
