import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
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
  const { error, results } = await new Migrator({
    db: db as Kysely<unknown>,
    provider,
    // Migrations are written on branches in parallel; one numbered earlier may land later.
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ?? ''} failed: ${reason}`.replace('  ', ' '));
  }
}
