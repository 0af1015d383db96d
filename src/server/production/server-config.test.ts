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
      OPENCX_API_KEY: KEY,
      BASIC_AUTH_USERS: users,
    });
    expect(basic.ok && basic.config.users.has('alice')).toBe(true);
    const proxy = readServerConfig({
      HOST: '0.0.0.0',
      OPENCX_API_KEY: KEY,
      TRUSTED_AUTH_HEADER: 'X-Forwarded-User',
    });
    expect(proxy.ok && proxy.config.trustedAuthHeader).toBe('x-forwarded-user');
  });

  it('allows the demo data anywhere and a key on loopback without access control', () => {
    expect(readServerConfig({ HOST: '0.0.0.0' }).ok).toBe(true);
    expect(
      readServerConfig({ HOST: '0.0.0.0', OPENCX_API_KEY: KEY, OPENCX_FORCE_FAKE: '1' }).ok,
    ).toBe(true);
    expect(readServerConfig({ HOST: 'localhost', OPENCX_API_KEY: KEY }).ok).toBe(true);
  });

  it('rejects malformed BASIC_AUTH_USERS instead of running unprotected', () => {
    for (const value of ['alice', 'alice:plaintext', ':scrypt:1:1:1:a:b']) {
      const result = readServerConfig({ BASIC_AUTH_USERS: value });
      expect(result.ok, value).toBe(false);
    }
  });

  it('checks Host names on loopback (DNS rebinding) and accepts ALLOWED_HOSTS', () => {
    const loopback = readServerConfig({});
    expect(loopback.ok && loopback.config.allowedHosts).toContain('localhost');
    const open = readServerConfig({ HOST: '0.0.0.0' });
    expect(open.ok && open.config.allowedHosts).toBeUndefined();
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
