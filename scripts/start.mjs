// `npm start`: builds the app and the server when they are missing or older than the sources,
// then runs the production server in this same process (so signals reach it directly).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CLIENT_OUTPUT = join('dist', 'index.html');
const SERVER_OUTPUT = join('dist-server', 'main.js');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

function isStale(output) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

function build(label, args) {
  const vite = join('node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    console.error(`npm start: ${label} needs building, but Vite is not installed (run npm ci)`);
    process.exit(1);
  }
  // Progress goes to stderr, so `npm run -s hash-password` prints only the hash on stdout.
  console.error(`npm start: building the ${label}…`);
  const result = spawnSync(vite, ['build', ...args], { stdio: ['inherit', 2, 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hashPasswordOnly = process.argv.includes('--hash-password');
if (process.env.SKIP_BUILD !== '1') {
  if (!hashPasswordOnly && isStale(CLIENT_OUTPUT)) build('app', ['--logLevel', 'warn']);
  if (isStale(SERVER_OUTPUT)) {
    build('server', ['-c', 'src/server/production/server-build.config.ts']);
  }
}
const entry = hashPasswordOnly ? join('dist-server', 'hash-password.js') : SERVER_OUTPUT;
await import(pathToFileURL(entry).href);
