import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { DropConnectionError } from '../fake-opencx/drop-connection-error.ts';
import { errorEnvelope } from '../fake-opencx/error-envelope.ts';
import { DEFAULT_OPENCX_API_URL } from '../gateway.ts';
import { createProductionApp } from './create-production-app.ts';
import { closeGracefully } from './graceful-shutdown.ts';
import { readServerConfig } from './server-config.ts';

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

// process.env wins over .env.local, which wins over .env (loadEnvFile never overrides).
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const result = readServerConfig(process.env);
if (!result.ok) {
  process.stderr.write(`${result.error}\n`);
  process.exit(1);
}
const config = result.config;
const { app, gateway } = createProductionApp(config, log);

const listener = getRequestListener(
  async (request, env) => {
    try {
      return await app.fetch(request, env);
    } catch (err) {
      // A fake `drop` fault: end the socket so the browser sees a network error.
      if (err instanceof DropConnectionError) env.incoming.socket.destroy();
      throw err;
    }
  },
  {
    errorHandler: (err) =>
      err instanceof DropConnectionError
        ? undefined
        : Response.json(errorEnvelope(500, 'Server error'), { status: 500 }),
  },
);
const server = createServer(listener);

function describeStartup(port: number): string {
  const api =
    gateway.mode === 'real'
      ? `OpenCX at ${config.apiUrl ?? DEFAULT_OPENCX_API_URL}`
      : 'fake OpenCX with demo data';
  const access =
    config.users.size > 0
      ? `basic auth (${config.users.size} users)`
      : config.trustedAuthHeader
        ? `proxy header ${config.trustedAuthHeader}`
        : 'none (loopback only)';
  return `listening on http://${config.host}:${port}; api: ${api}; access control: ${access}`;
}

server.on('error', (err: NodeJS.ErrnoException) => {
  process.stderr.write(
    `Could not listen on ${config.host}:${config.port}: ${err.code ?? err.name}\n`,
  );
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  log(describeStartup(typeof address === 'object' && address ? address.port : config.port));
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log(`${signal}: finishing open requests, then exiting`);
    void closeGracefully(server, 10_000).then(() => process.exit(0));
  });
}
