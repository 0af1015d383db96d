import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from './open-database.ts';

export interface TestDatabase extends OpenDatabase {
  /** Another connection to the same database, as a second console server would open (PostgreSQL). */
  connectAgain?: () => Promise<OpenDatabase>;
}

export interface TestEngine {
  name: 'PGlite' | 'PostgreSQL';
  /** A database of its own, migrated, empty: a fresh PGlite, or a fresh schema on the server. */
  open(): Promise<TestDatabase>;
}

const pgliteEngine: TestEngine = {
  name: 'PGlite',
  open: () => openDatabase({ dataDir: 'memory://', databaseUrl: undefined }),
};

function postgresEngine(url: string): TestEngine {
  return {
    name: 'PostgreSQL',
    async open() {
      const schema = `test_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const database = await openDatabase({ dataDir: '', databaseUrl: scoped.toString() });
      return {
        ...database,
        // A second server on the same database: its own pool, the same schema.
        connectAgain: () => openDatabase({ dataDir: '', databaseUrl: scoped.toString() }),
        async close() {
          await database.close();
          const cleanup = new pg.Client({ connectionString: url });
          await cleanup.connect();
          await cleanup.query(`drop schema ${schema} cascade`);
          await cleanup.end();
        },
      };
    },
  };
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim();
let toldSkipped = false;

/**
 * PGlite always; PostgreSQL as well when TEST_DATABASE_URL names a server (`bash .ci/run` starts
 * one). Without it the PostgreSQL runs are skipped, and the run says so once.
 */
export function testEngines(): TestEngine[] {
  if (testDatabaseUrl) return [pgliteEngine, postgresEngine(testDatabaseUrl)];
  if (!toldSkipped) {
    toldSkipped = true;
    console.info(
      'PostgreSQL database tests skipped: set TEST_DATABASE_URL=postgres://user:pass@host:port/db ' +
        '(bash .ci/run starts a server and sets it)',
    );
  }
  return [pgliteEngine];
}
