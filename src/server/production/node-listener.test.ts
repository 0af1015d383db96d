// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeListener } from './node-listener.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

const lines: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(
    createNodeListener(
      () => new Response('ok'),
      (line) => lines.push(line),
    ),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** Sends raw HTTP (fetch would refuse to build these requests) and returns the status line and headers. */
function raw(requestHead: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestHead}\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) socket.end();
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('malformed requests (F7)', () => {
  it('answer 400 with the security headers and a log line, never 500', async () => {
    const requests = [
      'GET /a\\b HTTP/1.1\r\nHost: 127.0.0.1',
      'GET / HTTP/1.1\r\nHost: localhost:',
      'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1',
    ];
    for (const head of requests) {
      const before = lines.length;
      const answer = await raw(`${head}\r\nConnection: close`);
      expect(answer, head).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer.toLowerCase()).toContain(
        `content-security-policy: ${CONTENT_SECURITY_POLICY.toLowerCase()}`,
      );
      expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff');
      expect(lines.length, head).toBe(before + 1);
      expect(lines.at(-1)).toMatch(/malformed request.* 400$/);
    }
  });

  it('passes well-formed requests to the app', async () => {
    expect(await raw('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close')).toMatch(
      /^HTTP\/1\.1 200 /,
    );
  });
});
