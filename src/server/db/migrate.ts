import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as history from './migrations/0001-history.ts';
import * as bulkJobs from './migrations/0003-bulk-jobs.ts';

// Listed in code, not read from a folder: the production server is one bundled file.
const MIGRATIONS: Record<string, Migration> = {
  '0001-history': history,
  '0003-bulk-jobs': bulkJobs,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date. Kysely holds an advisory lock while it migrates, so two servers
 * starting on one PostgreSQL apply each migration once.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<void> {
  // Named, or Kysely takes a kysely_migration table in any schema of the database (another
  // app's, or a parallel test run's) for ours, and skips creating its own.
  const current = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = current.rows[0]?.schema;
  const { error, results } = await new Migrator({
    db: db as Kysely<unknown>,
    provider,
    migrationTableSchema: schema,
    // Migrations are written on branches in parallel; one numbered earlier may land later.
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ?? ''} failed: ${reason}`.replace('  ', ' '));
  }
}
