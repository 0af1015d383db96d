import { resolve } from 'node:path';

export interface DatabaseConfig {
  /** PGlite's data directory, used when no databaseUrl is given; `memory://` keeps it in memory. */
  dataDir: string;
  /** postgres://… : a PostgreSQL server shared by every console instance. */
  databaseUrl: string | undefined;
}

type Env = Record<string, string | undefined>;

export function readDatabaseConfig(env: Env): DatabaseConfig {
  const dataDir = env.DATA_DIR?.trim() || './data';
  return {
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
  };
}

/** The URL without its password, for start-up lines and errors. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return 'an unparseable DATABASE_URL';
  }
}
