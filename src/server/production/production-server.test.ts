// @vitest-environment node
// The built server as `npm start` runs it: a child process on a loopback port, with the real-key
// path pointed at an in-process fake OpenCX, so nothing leaves the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeOpenCx } from '../fake-opencx/create-fake-opencx.ts';
import { FIRST_AGENT_ID } from '../fake-opencx/seed-agents.ts';
import { hashPassword, parsePasswordHash, verifyPassword } from './password-hash.ts';

const KEY = 'ocx_live_PRODLOG_5e1a7c_never_logged';
const REPO = resolve(import.meta.dirname, '../../..');
const TIMEOUT_MS = 120_000;

let work: string;
/** The built server: `npm test`'s one build (TEST_BUILD_ROOT), or one made here. */
let serverDir: string;
let upstream: Server;
let upstreamUrl: string;
const fake = createFakeOpenCx();

beforeAll(async () => {
  // Under node_modules so the bundle's bare imports (hono, zod) resolve from the repo.
  mkdirSync(join(REPO, 'node_modules', '.cache'), { recursive: true });
  work = mkdtempSync(join(REPO, 'node_modules', '.cache', 'production-server-'));
  const prebuilt = process.env.TEST_BUILD_ROOT;
  serverDir = prebuilt ? resolve(prebuilt, 'dist-server') : join(work, 'server');
  if (!prebuilt) {
    await build({
      configFile: join(REPO, 'src/server/production/server-build.config.ts'),
      logLevel: 'silent',
      build: { outDir: serverDir },
    });
  }
  const dist = join(work, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  upstream = createServer(getRequestListener((req) => fake.app.fetch(req)));
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
}, TIMEOUT_MS);

afterAll(async () => {
  await new Promise((done) => upstream?.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  let output = '';
  const child = spawn(process.execPath, [join(serverDir, 'main.js')], {
    // A clean cwd: the repo's own .env.local must not feed this server.
    cwd: work,
    env: { PATH: process.env.PATH ?? '', DIST_DIR: join(work, 'dist'), PORT: '0', ...env },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

async function listeningUrl(server: Running): Promise<string> {
  for (let i = 0; i < 600; i += 1) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output());
    if (match?.[1]) return match[1];
    if (server.child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`server did not start:\n${server.output()}`);
}

async function stop(server: Running): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

describe('the production server process', () => {
  it(
    'refuses to start with a real key on a non-loopback host and no access control',
    async () => {
      const server = run({ HOST: '0.0.0.0', OPENCX_API_KEY: KEY, OPENCX_API_URL: upstreamUrl });
      expect(await server.exited).toBe(1);
      const lines = server.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Refusing to start: HOST=0\.0\.0\.0 .*BASIC_AUTH_USERS/);
      expect(server.output()).not.toContain('listening');
      expect(server.output()).not.toContain(KEY);
    },
    TIMEOUT_MS,
  );

  it(
    'with basic auth: 401 without credentials, the fake upstream with them; the key in no answer or log',
    async () => {
      const users = `alice:${await hashPassword('alice-password-1')}`;
      const server = run({
        OPENCX_API_KEY: KEY,
        OPENCX_API_URL: upstreamUrl,
        BASIC_AUTH_USERS: users,
      });
      const base = await listeningUrl(server);
      const auth = {
        authorization: `Basic ${Buffer.from('alice:alice-password-1').toString('base64')}`,
      };
      const bodies: string[] = [];
      const send = async (path: string, init: RequestInit = {}) => {
        const res = await fetch(`${base}${path}`, init);
        bodies.push(`${res.status} ${[...res.headers].join(';')} ${await res.clone().text()}`);
        return res;
      };

      expect((await send('/api/phone')).status).toBe(401);
      expect((await send('/agents')).status).toBe(401);
      expect((await send('/healthz')).status).toBe(200);
      const list = await send('/api/phone', { headers: auth });
      expect(list.status).toBe(200);
      expect(((await list.json()) as { id: string }[])[0]?.id).toBe(FIRST_AGENT_ID);
      expect(fake.store.requests.at(-1)).toMatchObject({ method: 'GET', path: '/phone' });

      const patch = (body: string, headers: Record<string, string> = {}) => ({
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json', ...headers },
        body,
      });
      const agent = `/api/phone/${FIRST_AGENT_ID}`;
      expect((await send(agent, patch('{"name":"Renamed"}', { origin: base }))).status).toBe(200);
      const history = await send('/api/history', { headers: auth });
      const [saved] = ((await history.json()) as { entries: object[] }).entries;
      expect(saved).toMatchObject({
        user: 'alice',
        changes: [{ field: 'name', after: 'Renamed' }],
      });
      expect(
        (await send(agent, patch('{"name":"x"}', { origin: 'http://evil.test' }))).status,
      ).toBe(403);
      expect((await send(agent, patch('{"name":""}'))).status).toBe(400);
      const huge = JSON.stringify({ first_message: 'x'.repeat(1024 * 1024) });
      expect((await send(agent, patch(huge))).status).toBe(413);
      expect((await send('/api/phone/..%2Fadmin', patch('{}'))).status).toBe(400);
      expect((await send('/api/organization', { headers: auth })).status).toBe(404);
      expect((await send('/api/actions', { method: 'DELETE', headers: auth })).status).toBe(405);
      fake.store.addFaults([
        { path: '/training', kind: 'status', status: 500, body: KEY, times: 1 },
      ]);
      expect((await send('/api/training', { headers: auth })).status).toBe(500);

      expect(await stop(server)).toBe(0);
      expect(server.output()).toMatch(/SIGTERM: finishing open requests/);
      expect(server.output()).toMatch(/PATCH \/api\/phone\/[\w-]+ 200 \d+ms user=alice/);
      expect(server.output()).not.toContain(KEY);
      expect(server.output()).not.toContain('alice-password-1');
      for (const body of bodies) expect(body).not.toContain(KEY);
    },
    TIMEOUT_MS,
  );

  it(
    'a data directory it cannot use, or a bad retention, stops it at start-up with one line',
    async () => {
      const refusal = async (env: Record<string, string>) => {
        const server = run(env);
        const code = await server.exited;
        const output = server.output().trim();
        expect(code, output).toBe(1);
        expect(output).not.toContain('listening');
        expect(output.split('\n'), output).toHaveLength(1);
        return output;
      };
      const locked = join(work, 'locked');
      mkdirSync(locked);
      // This test's own process is alive: the directory is held by it.
      writeFileSync(join(locked, 'console.lock'), String(process.pid));
      expect(await refusal({ DATA_DIR: locked })).toBe(
        `History database: DATA_DIR ${locked} is in use by another process (pid ${process.pid})`,
      );

      const file = join(work, 'a-file');
      writeFileSync(file, '');
      expect(await refusal({ DATA_DIR: join(file, 'data') })).toMatch(
        /^History database: DATA_DIR .*a-file\/data cannot be created: .*ENOTDIR/,
      );

      const corrupt = join(work, 'corrupt');
      mkdirSync(corrupt);
      writeFileSync(join(corrupt, 'PG_VERSION'), 'garbage');
      expect(await refusal({ DATA_DIR: corrupt })).toMatch(
        new RegExp(`^History database: DATA_DIR ${corrupt} could not be opened as a database`),
      );

      expect(
        await refusal({ DATA_DIR: join(work, 'fresh'), HISTORY_RETENTION_DAYS: 'forever' }),
      ).toMatch(/^History database: HISTORY_RETENTION_DAYS must be a whole number of days/);
    },
    TIMEOUT_MS,
  );

  it(
    'hash-password reads stdin and prints a hash the server accepts',
    async () => {
      const child = spawn(process.execPath, [join(serverDir, 'hash-password.js')], {
        cwd: work,
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stdin.end('a long enough password\n');
      expect(await new Promise((done) => child.on('exit', done))).toBe(0);
      const hash = parsePasswordHash(stdout.trim());
      expect(hash).not.toBeNull();
      if (hash) expect(await verifyPassword('a long enough password', hash)).toBe(true);
    },
    TIMEOUT_MS,
  );
});
