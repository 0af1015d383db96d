// The one production build a test run makes: `dist/` and `dist-server/`, built with known fake
// OpenCX keys in the environment and in an `.env.local`, so the bundle-size test can prove neither
// reached a file, and the end-to-end server (`npm start`) serves it without building again.
// `node scripts/build-for-tests.mjs [outRoot]`; scripts/run-tests.mjs runs it once per `npm test`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Set in process.env during the build. */
export const ENV_KEY = 'ocx_live_LEAKCHECK_7f3a9c2e_do_not_ship';
/** Set in an `.env.local` in the build's envDir, the other place the gateway reads it from. */
export const FILE_KEY = 'ocx_live_LEAKCHECK_envfile_51d0b8aa_do_not_ship';

/** Sets (or, for undefined, deletes) env vars; returns a function that puts them back. */
function setEnv(vars) {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
}

/** Builds the app into `<outRoot>/dist` and the server into `<outRoot>/dist-server`. */
export async function buildForTests(outRoot) {
  const { build } = await import('vite');
  const outDir = join(outRoot, 'dist');
  const serverOutDir = join(outRoot, 'dist-server');
  // An env dir of our own, so the repo's own .env.local is never read.
  const envDir = mkdtempSync(join(tmpdir(), 'build-env-'));
  writeFileSync(join(envDir, '.env.local'), `OPENCX_API_KEY=${FILE_KEY}\n`);
  // Vitest runs with NODE_ENV=test, which would make Vite produce a development build.
  const restoreEnv = setEnv({ OPENCX_API_KEY: ENV_KEY, NODE_ENV: 'production' });
  try {
    await build({
      configFile: join(REPO, 'vite.config.ts'),
      root: REPO,
      envDir,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    await build({
      configFile: join(REPO, 'src/server/production/server-build.config.ts'),
      envDir,
      logLevel: 'warn',
      build: { outDir: serverOutDir, emptyOutDir: true },
    });
  } finally {
    restoreEnv();
    rmSync(envDir, { recursive: true, force: true });
  }
  return { outDir, serverOutDir };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outRoot = resolve(process.argv[2] ?? REPO);
  mkdirSync(outRoot, { recursive: true });
  await buildForTests(outRoot);
}
