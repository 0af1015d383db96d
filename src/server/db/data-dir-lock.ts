import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt
 * it, so the directory carries the owner's pid. A stale file (its process gone) is taken over.
 * Returns the release function, or throws one line for the operator.
 */
export function lockDataDir(dataDir: string): () => void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new Error(`DATA_DIR ${dataDir} cannot be created: ${(err as Error).message}`);
  }
  const file = join(dataDir, 'console.lock');
  let owner: number | undefined;
  try {
    owner = Number(readFileSync(file, 'utf8').trim());
  } catch {
    owner = undefined;
  }
  if (owner && owner !== process.pid && isRunning(owner)) {
    throw new Error(`DATA_DIR ${dataDir} is in use by another process (pid ${owner})`);
  }
  try {
    writeFileSync(file, String(process.pid));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new Error(`DATA_DIR ${dataDir} is not writable (${code})`);
  }
  return () => rmSync(file, { force: true });
}
