import type { DatabaseConfig } from './database-config.ts';
import { openDatabase, type OpenDatabase } from './open-database.ts';

interface Shared {
  key: string;
  holders: number;
  opening: Promise<OpenDatabase>;
}

// On globalThis, not in this module: Vite re-evaluates the config and its plugins on a restart,
// and the new dev server must reuse the open database rather than lock itself out of it.
const SLOT = Symbol.for('opencx-console.shared-database');
type Slot = { [SLOT]?: Shared };

export interface DatabaseLease {
  database: OpenDatabase;
  release(): Promise<void>;
}

/** The process's one database for `config`; closed when its last holder releases it. */
export async function acquireDatabase(config: DatabaseConfig): Promise<DatabaseLease> {
  const slot = globalThis as Slot;
  const key = config.databaseUrl ?? config.dataDir;
  let shared = slot[SLOT];
  if (shared && shared.key !== key) {
    throw new Error('The database settings changed: restart the server to use them');
  }
  if (!shared) {
    shared = { key, holders: 0, opening: openDatabase(config) };
    slot[SLOT] = shared;
    shared.opening.catch(() => {
      if (slot[SLOT] === shared) delete slot[SLOT];
    });
  }
  shared.holders += 1;
  const database = await shared.opening;
  let released = false;
  return {
    database,
    async release() {
      if (released || !shared) return;
      released = true;
      shared.holders -= 1;
      if (shared.holders > 0) return;
      delete slot[SLOT];
      await database.close();
    },
  };
}
