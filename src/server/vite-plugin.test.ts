// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGateway } from './gateway.ts';
import { createGatewayMiddleware, opencxGateway, readGatewayEnv } from './vite-plugin.ts';

const KEY = 'ocx_live_TESTKEY_must_not_leak_123';
const closers: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(closers.splice(0).map((close) => close()));
});

function tempProject(envFile: string): string {
  const root = mkdtempSync(join(tmpdir(), 'opencx-gateway-'));
  writeFileSync(join(root, '.env'), envFile);
  return root;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('readGatewayEnv', () => {
  it('reads .env files, with process.env taking precedence', () => {
    const root = tempProject(`OPENCX_API_KEY=${KEY}\nOPENCX_API_URL=https://file.example\n`);
    vi.stubEnv('OPENCX_API_URL', 'https://env.example');
    vi.stubEnv('OPENCX_API_KEY', undefined);
    vi.stubEnv('OPENCX_FORCE_FAKE', undefined);
    expect(readGatewayEnv({ mode: 'development', root, envDir: root })).toMatchObject({
      apiKey: KEY,
      apiUrl: 'https://env.example',
    });
  });

  it('ignores any key when OPENCX_FORCE_FAKE=1', () => {
    const root = tempProject(`OPENCX_API_KEY=${KEY}\n`);
    vi.stubEnv('OPENCX_API_KEY', '');
    vi.stubEnv('OPENCX_FORCE_FAKE', '1');
    expect(readGatewayEnv({ mode: 'development', root, envDir: root }).apiKey).toBeUndefined();
  });
});

describe('createGatewayMiddleware', () => {
  it('serves /api/*, passes other URLs on, and destroys the socket on a drop fault', async () => {
    const gateway = createGateway({});
    const middleware = createGatewayMiddleware(gateway);
    const base = await listen(
      createHttpServer((req, res) => middleware(req, res, () => res.writeHead(418).end())),
    );
    expect((await fetch(`${base}/api/phone`)).status).toBe(200);
    expect((await fetch(`${base}/index.html`)).status).toBe(418);
    gateway.fake?.store.addFaults([{ path: '/phone', kind: 'drop', times: 1 }]);
    await expect(fetch(`${base}/api/phone`)).rejects.toBeInstanceOf(TypeError);
    expect((await fetch(`${base}/api/phone`)).status).toBe(200);
  });

  it('answers the fake controls only to this machine', async () => {
    const gateway = createGateway({});
    const middleware = createGatewayMiddleware(gateway);
    const answer = { status: 0, body: '' };
    const req = { url: '/api/__fake/reset', method: 'POST', socket: { remoteAddress: '10.1.2.3' } };
    const res = {
      statusCode: 200,
      setHeader: () => undefined,
      end(body: string) {
        answer.status = this.statusCode;
        answer.body = body;
      },
    };
    middleware(req as unknown as IncomingMessage, res as unknown as ServerResponse, () => {});
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 404 });
    const base = await listen(createHttpServer((r, s) => middleware(r, s, () => {})));
    expect((await fetch(`${base}/api/__fake/reset`, { method: 'POST' })).status).toBe(200);
  });
});

describe('opencxGateway plugin', () => {
  async function startVite(root: string, history = false) {
    const lines: string[] = [];
    const logger = createLogger('info');
    logger.info = (msg) => void lines.push(msg);
    logger.warn = (msg) => void lines.push(msg);
    const server: ViteDevServer = await createServer({
      configFile: false,
      root,
      customLogger: logger,
      plugins: [opencxGateway({ history })],
      server: { port: 0, host: '127.0.0.1', ws: false },
      optimizeDeps: { noDiscovery: true },
    });
    closers.push(() => server.close());
    await server.listen();
    const address = server.httpServer?.address() as AddressInfo;
    return { base: `http://127.0.0.1:${address.port}`, lines };
  }

  it('mounts the fake gateway in the dev server and arms FAKE_OPENCX_FAULTS', async () => {
    vi.stubEnv('OPENCX_API_KEY', undefined);
    const root = tempProject(
      `FAKE_OPENCX_FAULTS=[{"path":"/actions","kind":"status","status":503}]\n`,
    );
    const { base, lines } = await startVite(root);
    expect(lines).toContain('OpenCX gateway: fake OpenCX (no OPENCX_API_KEY)');
    expect(await (await fetch(`${base}/api/__gateway/mode`)).json()).toEqual({ mode: 'fake' });
    expect((await fetch(`${base}/api/actions`)).status).toBe(503);
    expect((await fetch(`${base}/api/actions`)).status).toBe(200);
  });

  it('does not start, and says why in one line, when history cannot be kept', async () => {
    vi.stubEnv('OPENCX_API_KEY', undefined);
    const dataDir = mkdtempSync(join(tmpdir(), 'opencx-gateway-data-'));
    // The test runner's parent process is alive and is not this one: the directory is held.
    writeFileSync(join(dataDir, 'console.lock'), String(process.ppid));
    vi.stubEnv('DATA_DIR', dataDir);
    await expect(startVite(tempProject(''), true)).rejects.toThrow(
      new Error(
        `History database: DATA_DIR ${dataDir} is in use by another process (pid ${process.ppid})`,
      ),
    );

    vi.stubEnv('DATA_DIR', 'memory://');
    vi.stubEnv('HISTORY_RETENTION_DAYS', '0');
    await expect(startVite(tempProject(''), true)).rejects.toThrow(
      /^History database: HISTORY_RETENTION_DAYS must be a whole number of days/,
    );
  });

  it('announces forwarding without printing the key', async () => {
    vi.stubEnv('OPENCX_API_KEY', KEY);
    vi.stubEnv('OPENCX_API_URL', 'http://127.0.0.1:9');
    const { base, lines } = await startVite(tempProject(''));
    expect(lines).toContain('OpenCX gateway: forwarding /api to http://127.0.0.1:9');
    expect(lines.join('\n')).not.toContain(KEY);
    const res = await fetch(`${base}/api/phone`);
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain(KEY);
  });
});
