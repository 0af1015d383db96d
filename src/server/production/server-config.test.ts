// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashPassword } from './password-hash.ts';
import { isLoopbackHost, readServerConfig } from './server-config.ts';

const KEY = 'ocx_live_CONFIG_1f2e_never_printed';

describe('readServerConfig', () => {
  it('listens on 127.0.0.1 unless HOST is set, and reads PORT', () => {
    const result = readServerConfig({ PORT: '5195' });
    expect(result).toMatchObject({ ok: true, config: { host: '127.0.0.1', port: 5195 } });
    expect(readServerConfig({ PORT: 'eighty' }).ok).toBe(false);
  });

  it('refuses a real key on a non-loopback host without access control, in one line', () => {
    for (const HOST of ['0.0.0.0', '::', '10.0.0.5', 'agents.internal']) {
      const result = readServerConfig({ HOST, OPENCX_API_KEY: KEY });
      expect(result.ok, HOST).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatch(
        /^Refusing to start: HOST=.* set BASIC_AUTH_USERS or TRUSTED_AUTH_HEADER/,
      );
      expect(result.error).not.toContain('\n');
      expect(result.error).not.toContain(KEY);
    }
  });

  it('treats ALLOWED_HOSTS (a proxy publishing it) like a non-loopback host', () => {
    const result = readServerConfig({ ALLOWED_HOSTS: 'agents.example.com', OPENCX_API_KEY: KEY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Refusing to start: ALLOWED_HOSTS /);
    const proxied = readServerConfig({
      ALLOWED_HOSTS: 'agents.example.com',
      OPENCX_API_KEY: KEY,
      TRUSTED_AUTH_HEADER: 'X-Forwarded-User',
    });
    expect(proxied.ok).toBe(true);
  });

  it('starts on a non-loopback host with basic auth users or a trusted proxy header', async () => {
    const users = `alice:${await hashPassword('alice password')}`;
    const basic = readServerConfig({
      HOST: '0.0.0.0',
      ALLOWED_HOSTS: 'agents.example.com',
      OPENCX_API_KEY: KEY,
      BASIC_AUTH_USERS: users,
    });
    expect(basic.ok && basic.config.users.has('alice')).toBe(true);
    const proxy = readServerConfig({
      HOST: '0.0.0.0',
      ALLOWED_HOSTS: 'agents.example.com',
      OPENCX_API_KEY: KEY,
      TRUSTED_AUTH_HEADER: 'X-Forwarded-User',
    });
    expect(proxy.ok && proxy.config.trustedAuthHeader).toBe('x-forwarded-user');
  });

  it('allows the demo data on any named host and a key on loopback without access control', () => {
    expect(readServerConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'demo.test' }).ok).toBe(true);
    expect(
      readServerConfig({
        HOST: '0.0.0.0',
        ALLOWED_HOSTS: 'demo.test',
        OPENCX_API_KEY: KEY,
        OPENCX_FORCE_FAKE: '1',
      }).ok,
    ).toBe(true);
    expect(readServerConfig({ HOST: 'localhost', OPENCX_API_KEY: KEY }).ok).toBe(true);
  });

  it('rejects malformed BASIC_AUTH_USERS instead of running unprotected', () => {
    for (const value of ['alice', 'alice:plaintext', ':scrypt:1:1:1:a:b']) {
      const result = readServerConfig({ BASIC_AUTH_USERS: value });
      expect(result.ok, value).toBe(false);
    }
  });

  it('refuses a non-loopback HOST without ALLOWED_HOSTS, even with the demo data (F5)', () => {
    for (const HOST of ['0.0.0.0', '::', '10.0.0.5']) {
      const result = readServerConfig({ HOST });
      expect(result.ok, HOST).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(/^Refusing to start: HOST=\S+ needs ALLOWED_HOSTS/);
        expect(result.error).not.toContain('\n');
      }
    }
  });

  it('refuses BASIC_AUTH_USERS and TRUSTED_AUTH_HEADER together, in one line (F1)', async () => {
    const result = readServerConfig({
      BASIC_AUTH_USERS: `alice:${await hashPassword('alice password')}`,
      TRUSTED_AUTH_HEADER: 'X-Forwarded-User',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^Refusing to start: .*not both/);
      expect(result.error).not.toContain('\n');
    }
  });

  it('refuses scrypt parameters weaker than hash-password makes, or too costly (F10)', async () => {
    const good = await hashPassword('alice password');
    const [, , , , salt, key] = good.split(':');
    const cases: [string, RegExp][] = [
      [`scrypt:2:8:1:${salt}:${key}`, /weaker than N=16384/],
      [`scrypt:3:8:1:${salt}:${key}`, /weaker than N=16384/],
      [`scrypt:16384:1:1:${salt}:${key}`, /weaker than/],
      [`scrypt:24576:8:1:${salt}:${key}`, /weaker than .*power of 2/],
      [`scrypt:1048576:8:1:${salt}:${key}`, /more work than one login may cost/],
      [`scrypt:16384:8:64:${salt}:${key}`, /more work than one login may cost/],
      [`scrypt:16384:8:1:c2FsdA:${key}`, /salt of at least 16 bytes/],
    ];
    for (const [hash, message] of cases) {
      const result = readServerConfig({ BASIC_AUTH_USERS: `alice:${hash}` });
      expect(result.ok, hash).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(/^BASIC_AUTH_USERS: the hash for "alice" /);
        expect(result.error).toMatch(message);
        expect(result.error).not.toContain(key);
      }
    }
    expect(readServerConfig({ BASIC_AUTH_USERS: `alice:${good}` }).ok).toBe(true);
  });

  it('checks Host names (DNS rebinding) and accepts ALLOWED_HOSTS', () => {
    const loopback = readServerConfig({});
    expect(loopback.ok && loopback.config.allowedHosts).toContain('localhost');
    const named = readServerConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'Agents.Example.com' });
    expect(named.ok && named.config.allowedHosts).toContain('agents.example.com');
  });

  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.2', '127.example.com', 'localhost.evil.test']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
