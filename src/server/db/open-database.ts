import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describeDatabaseUrl, type DatabaseConfig } from './database-config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgresql';
  /** For the start-up line: where the data lives, never a password. */
  location: string;
  close(): Promise<void>;
}

const reasonOf = (err: unknown) => {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
};

async function openPglite(dataDir: string): Promise<OpenDatabase> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir);
  } catch (err) {
    unlock();
    throw new Error(`DATA_DIR ${dataDir} could not be opened as a database: ${reasonOf(err)}`);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const close = async () => {
    await db.destroy();
    await pglite.close();
    unlock();
  };
  try {
    await migrateToLatest(db);
  } catch (err) {
    await close();
    throw err;
  }
  return { db, engine: 'pglite', location: dataDir, close };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const location = describeDatabaseUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // A connection dropped while idle must not take the process down; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    throw new Error(`PostgreSQL at ${location}: ${reasonOf(err)}`);
  }
  return { db, engine: 'postgresql', location, close: () => db.destroy() };
}

/**
 * The console's one database: PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR.
 * Migrations run before it is handed out. Errors are one line for the operator.
 */
export function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
