// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobSchema } from '../../api/schemas/bulk.ts';
import { historyPageSchema } from '../../api/schemas/history.ts';
import { openDatabase, type OpenDatabase } from '../db/open-database.ts';
import { createHistory } from '../history/create-history.ts';
import { createProductionApp } from '../production/create-production-app.ts';
import { hashPassword } from '../production/password-hash.ts';
import { readServerConfig } from '../production/server-config.ts';
import { createBulkJobs } from './bulk-jobs.ts';

const ORIGIN = 'http://127.0.0.1:5281';

describe('bulk jobs in the production app', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://', databaseUrl: undefined });
  }, 120_000);
  afterAll(() => database?.close());

  it('sit behind the same access control and origin check, and run as the signed-in user', async () => {
    const hash = await hashPassword('s3cret-pass');
    const distDir = mkdtempSync(join(tmpdir(), 'jobs-app-'));
    writeFileSync(join(distDir, 'index.html'), '<!doctype html>');
    const result = readServerConfig({
      OPENCX_FORCE_FAKE: '1',
      BASIC_AUTH_USERS: `alice:${hash}`,
      DIST_DIR: distDir,
    });
    if (!result.ok) throw new Error(result.error);
    const history = createHistory({ db: database.db, log: () => {} });
    const jobs = createBulkJobs({ db: database.db, engine: 'pglite', log: () => {}, pollMs: 20 });
    const { app, gateway } = createProductionApp(result.config, () => {}, history, jobs);
    const alice = `Basic ${Buffer.from('alice:s3cret-pass').toString('base64')}`;
    const send = (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('host', new URL(ORIGIN).host);
      return app.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }), {
        incoming: { socket: { remoteAddress: '127.0.0.1' } },
      });
    };
    try {
      const agent = gateway.fake!.store.agents[0]!;
      const body = JSON.stringify({ agentIds: [agent.id], edit: { type: 'outbound' } });
      const post = (headers: Record<string, string>) =>
        send('/api/jobs', {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', ...headers },
        });
      expect((await send('/api/jobs')).status).toBe(401);
      expect((await post({})).status).toBe(401);
      expect((await post({ authorization: alice, origin: 'https://evil.example' })).status).toBe(
        403,
      );
      const res = await post({ authorization: alice, origin: ORIGIN });
      expect(res.status).toBe(201);
      const job = jobSchema.parse(await res.json());
      expect(job.user).toBe('alice');
      for (;;) {
        const read = await send(`/api/jobs/${job.id}`, { headers: { authorization: alice } });
        if (jobSchema.parse(await read.json()).status === 'completed') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await history.settle();
      const page = historyPageSchema.parse(
        await (
          await send(`/api/history?agent=${agent.id}`, { headers: { authorization: alice } })
        ).json(),
      );
      expect(page.entries[0]).toMatchObject({ user: 'alice', source: 'bulk', jobId: job.id });
    } finally {
      await jobs.stop();
      history.stop();
    }
  });
});
