// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProductionApp } from './create-production-app.ts';
import { hashPassword } from './password-hash.ts';
import { API_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from './security-headers.ts';
import { readServerConfig, type ServerConfig } from './server-config.ts';

const ORIGIN = 'http://127.0.0.1:5195';
const APP_JS = `console.log(${JSON.stringify('x'.repeat(4000))});`;
let distDir: string;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'prod-app-'));
  mkdirSync(join(distDir, 'assets'));
  mkdirSync(join(distDir, '.vite'));
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>',
  );
  writeFileSync(join(distDir, 'assets', 'app-1a2b.js'), APP_JS);
  writeFileSync(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(distDir, '.vite', 'manifest.json'), '{}');
});

function start(env: Record<string, string> = {}) {
  const result = readServerConfig({ OPENCX_FORCE_FAKE: '1', ...env, DIST_DIR: distDir });
  if (!result.ok) throw new Error(result.error);
  const lines: string[] = [];
  const { app } = createProductionApp(result.config as ServerConfig, (line) => lines.push(line));
  const send = (path: string, init: RequestInit = {}, remoteAddress = '127.0.0.1') => {
    const headers = new Headers(init.headers);
    if (!headers.has('host')) headers.set('host', new URL(ORIGIN).host);
    return app.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }), {
      incoming: { socket: { remoteAddress } },
    });
  };
  return { send, lines };
}

describe('the production app', () => {
  it('serves index.html uncached and hashed assets for a year', async () => {
    const { send } = start();
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await send('/assets/app-1a2b.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe(APP_JS);
    expect((await send('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for app routes, but not for missing files or the API', async () => {
    const { send } = start();
    for (const path of [
      '/agents',
      '/agents/3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42',
      '/no/such/page',
    ]) {
      const res = await send(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('/assets/app-1a2b.js');
    }
    for (const path of [
      '/assets/missing-123.js',
      '/missing.css',
      '/.vite/manifest.json',
      '/api/nope',
    ]) {
      expect((await send(path)).status, path).toBe(404);
    }
    expect((await send('/agents', { method: 'POST' })).status).toBe(404);
  });

  it('sends the security headers on pages, assets, API answers and errors', async () => {
    const { send } = start();
    for (const path of ['/', '/assets/app-1a2b.js', '/api/phone', '/api/nope', '/healthz']) {
      const res = await send(path);
      const api = path.startsWith('/api/');
      expect(res.headers.get('content-security-policy'), path).toBe(
        api ? API_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
      );
      if (api) expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('compresses for clients that accept gzip', async () => {
    const { send } = start();
    const res = await send('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(APP_JS);
    const api = await send('/api/phone', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(api.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends files of the build compressed ahead, with their length, and plain to whoever refuses gzip', async () => {
    const { send } = start();
    const first = await send('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip' } });
    const again = await send('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip' } });
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(first.headers.get('content-length')).toBe(String(bytes.length));
    expect(first.headers.get('vary')).toBe('accept-encoding');
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    expect(bytes.length).toBeLessThan(APP_JS.length / 10);

    const plain = await send('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(APP_JS);
    const small = await send('/favicon.svg', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('answers /healthz and refuses foreign Host names on loopback', async () => {
    const { send } = start();
    expect(await (await send('/healthz')).json()).toEqual({ status: 'ok' });
    const rebound = await send('/api/phone', { headers: { host: 'attacker.example:5195' } });
    expect(rebound.status).toBe(421);
    expect((await send('/', { headers: { host: 'localhost:5195' } })).status).toBe(200);
  });

  it('serves any 127.x address as a Host on loopback, as the README says (F12)', async () => {
    const { send } = start();
    for (const host of ['127.0.0.1:5195', '127.0.0.2:5195', '127.1.2.3', 'localhost']) {
      expect((await send('/api/phone/voices', { headers: { host } })).status, host).toBe(200);
    }
    for (const host of ['127.0.0.1.evil.test', '127.example.com', '0.0.0.0:5195']) {
      expect((await send('/api/phone/voices', { headers: { host } })).status, host).toBe(421);
    }
  });

  it('answers the fake controls to loopback clients only, on any HOST (F11)', async () => {
    const { send } = start({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'demo.test' });
    const reset = { method: 'POST', headers: { host: 'demo.test' } };
    for (const address of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', '2001:db8::1']) {
      expect((await send('/api/__fake/reset', reset, address)).status, address).toBe(404);
      const seed = { ...reset, body: '{"agents":100000}' };
      expect((await send('/api/__fake/seed', seed, address)).status, address).toBe(404);
    }
    expect(
      (await send('/api/phone/voices', { headers: { host: 'demo.test' } }, '10.0.0.5')).status,
    ).toBe(200);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect((await send('/api/__fake/reset', reset, address)).status, address).toBe(200);
    }
  });

  it('takes a state change only from an Origin naming a configured host (F5)', async () => {
    const { send } = start({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'agents.example.com' });
    const patch = (headers: Record<string, string>) => ({
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"name":"Renamed"}',
    });
    const path = '/api/phone/3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
    const rebound = { host: 'evil.test', origin: 'http://evil.test' };
    expect((await send(path, patch(rebound))).status).toBe(421);
    const own = { host: 'agents.example.com', origin: 'http://agents.example.com' };
    expect((await send(path, patch(own))).status).not.toBe(403);
    const foreign = { host: 'agents.example.com', origin: 'http://other.example.com' };
    expect((await send(path, patch(foreign))).status).toBe(403);
  });

  it('logs one line per request without query strings or credentials', async () => {
    const { send, lines } = start();
    await send('/api/training?limit=5&offset=secret-looking', {
      headers: { authorization: 'Bearer browser-secret', cookie: 'sid=cookie-secret' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/training 400 \d+ms$/);
    expect(lines.join('\n')).not.toMatch(/secret/);
  });
});

describe('access control', () => {
  it('asks for basic auth, then lets the right password in', async () => {
    const hash = await hashPassword('s3cret-pass');
    const { send, lines } = start({ BASIC_AUTH_USERS: `alice:${hash}` });
    const anonymous = await send('/api/phone');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await send('/')).status).toBe(401);
    const basic = (user: string, password: string) => ({
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    });
    expect((await send('/api/phone', { headers: basic('alice', 'wrong') })).status).toBe(401);
    expect((await send('/api/phone', { headers: basic('mallory', 's3cret-pass') })).status).toBe(
      401,
    );
    expect((await send('/api/phone', { headers: basic('alice', 's3cret-pass') })).status).toBe(200);
    expect((await send('/', { headers: basic('alice', 's3cret-pass') })).status).toBe(200);
    expect((await send('/healthz')).status).toBe(200);
    expect(lines.at(-2)).toMatch(/ user=alice$/);
    expect(lines.join('\n')).not.toContain('s3cret-pass');
  });

  it('trusts the proxy header when configured', async () => {
    const { send } = start({ TRUSTED_AUTH_HEADER: 'X-Forwarded-User' });
    expect((await send('/api/phone')).status).toBe(401);
    expect((await send('/api/phone', { headers: { 'x-forwarded-user': ' ' } })).status).toBe(401);
    expect((await send('/api/phone', { headers: { 'x-forwarded-user': 'bob' } })).status).toBe(200);
  });
});
