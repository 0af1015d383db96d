// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProductionApp } from './create-production-app.ts';
import { hashPassword } from './password-hash.ts';
import { readServerConfig } from './server-config.ts';

let distDir: string;
let users: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'login-throttle-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>console</title>');
  users = `alice:${await hashPassword('alice-password-1')}`;
});

function start() {
  const result = readServerConfig({
    OPENCX_FORCE_FAKE: '1',
    DIST_DIR: distDir,
    BASIC_AUTH_USERS: users,
  });
  if (!result.ok) throw new Error(result.error);
  const { app } = createProductionApp(result.config, () => undefined);
  return (password: string, address: string, user = 'alice') =>
    app.fetch(
      new Request('http://127.0.0.1:5195/api/phone/voices', {
        headers: {
          host: '127.0.0.1:5195',
          authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        },
      }),
      { incoming: { socket: { remoteAddress: address } } },
    );
}

describe('failed sign-ins (F2)', () => {
  it('60 concurrent bad logins from one address hash only a couple; a valid login still gets in', async () => {
    const login = start();
    const attack = await Promise.all(
      Array.from({ length: 60 }, () => login('wrong password', '10.0.0.66')),
    );
    const statuses = attack.map((res) => res.status);
    // Each 401 is one scrypt run; the rest were turned away before hashing.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(2);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(58);
    const throttled = attack.find((res) => res.status === 429);
    expect(Number(throttled?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await throttled?.json()).toMatchObject({ statusCode: 429 });
    expect((await login('alice-password-1', '10.0.0.7')).status).toBe(200);
  });

  it('backs off an address after 5 failures, even when it then sends the right password', async () => {
    const login = start();
    for (let i = 0; i < 5; i += 1) expect((await login('wrong', '10.0.0.9')).status).toBe(401);
    const blocked = await login('alice-password-1', '10.0.0.9');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await login('alice-password-1', '10.0.0.10')).status).toBe(200);
  });

  it('backs off a user name guessed at from many addresses', async () => {
    const login = start();
    for (let i = 0; i < 20; i += 1) {
      expect((await login('wrong', `10.1.0.${i}`)).status).toBe(401);
    }
    expect((await login('alice-password-1', '10.2.0.1')).status).toBe(429);
  });

  it('keeps letting in a credential it already verified', async () => {
    const login = start();
    expect((await login('alice-password-1', '10.0.0.20')).status).toBe(200);
    for (let i = 0; i < 25; i += 1) await login('wrong', `10.3.0.${i}`);
    expect((await login('alice-password-1', '10.0.0.20')).status).toBe(200);
  });
});
