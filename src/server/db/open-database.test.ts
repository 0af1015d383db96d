// @vitest-environment node
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from './open-database.ts';
import { testEngines } from './test-engines.ts';

describe.each(testEngines())('the database on $name', (engine) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await engine.open();
  }, 120_000);
  afterAll(() => database?.close());

  it('comes up migrated from empty, and typed queries round-trip with parameters', async () => {
    {
      const { db } = database;
      const name = "Bob's agent'); drop table history_entries; --";
      const inserted = await db
        .insertInto('history_entries')
        .values({
          scope: 's',
          at: new Date('2026-01-02T03:04:05.678Z'),
          user_name: 'alice',
          agent_id: 'a1',
          agent_name: name,
          kind: 'save',
          source: 'editor',
          outcome: 'saved',
          reason: null,
          changes: JSON.stringify([{ field: 'name', before: 'x', after: name }]),
          fields: ['name'],
        })
        .returning(['id', 'at', 'changes', 'fields'])
        .executeTakeFirstOrThrow();
      expect(typeof inserted.id).toBe('number');
      expect(new Date(inserted.at).toISOString()).toBe('2026-01-02T03:04:05.678Z');
      expect(inserted.changes).toEqual([{ field: 'name', before: 'x', after: name }]);
      expect(inserted.fields).toEqual(['name']);
      const migrations = await sql<{
        name: string;
      }>`select name from kysely_migration order by name`.execute(db);
      expect(migrations.rows.map((row) => row.name)).toEqual(['0001-history', '0003-bulk-jobs']);
    }
  });
});

describe('PGlite in DATA_DIR', () => {
  it('keeps its data across a reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'console-db-'));
    const first = await openDatabase({ dataDir, databaseUrl: undefined });
    await first.db
      .insertInto('agent_snapshots')
      .values({
        scope: 's',
        agent_id: 'a1',
        snapshot: JSON.stringify({ name: 'A' }),
        seen_at: new Date(),
      })
      .execute();
    await first.close();
    const second = await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      const rows = await second.db.selectFrom('agent_snapshots').select('snapshot').execute();
      expect(rows).toEqual([{ snapshot: { name: 'A' } }]);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('refuses, in one line, a directory another process holds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'console-db-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dataDir, 'console.lock'), String(other.pid));
      await expect(openDatabase({ dataDir, databaseUrl: undefined })).rejects.toThrow(
        `DATA_DIR ${dataDir} is in use by another process (pid ${other.pid})`,
      );
    } finally {
      other.kill();
    }
  });

  it('refuses a directory it cannot write', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const dataDir = mkdtempSync(join(tmpdir(), 'console-db-'));
    chmodSync(dataDir, 0o500);
    await expect(openDatabase({ dataDir, databaseUrl: undefined })).rejects.toThrow(/not writable/);
  });

  it('refuses a corrupt directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'console-db-'));
    writeFileSync(join(dataDir, 'PG_VERSION'), 'garbage');
    await expect(openDatabase({ dataDir, databaseUrl: undefined })).rejects.toThrow(
      /could not be opened as a database/,
    );
  }, 120_000);
});

describe('PostgreSQL by DATABASE_URL', () => {
  it('names the server without its password when it cannot be reached', async () => {
    await expect(
      openDatabase({ dataDir: '', databaseUrl: 'postgres://u:hunter2@127.0.0.1:1/db' }),
    ).rejects.toThrow(/^PostgreSQL at postgres:\/\/u@127\.0\.0\.1:1\/db: .*ECONNREFUSED/);
  });
});
