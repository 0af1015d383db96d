// What the benchmark and screenshot scripts share: their options, their statistics, waiting for a
// server, and loading the server's TypeScript modules in-process.
import { createServer } from 'vite';

/** `--name=N` from the command line, as a number; `fallback` without it. */
export const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};

/** @param {number[]} xs */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
/** @param {number[]} xs */
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? NaN;

/** Resolves once `url` answers 2xx; throws after `timeoutMs`. */
export async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No server at ${url} after ${timeoutMs} ms`);
}

/**
 * Vite's module runner without a dev server, so a benchmark calls the gateway, the fake and the
 * database in-process. `load('/src/...')` imports a module; `close()` when done.
 */
export async function serverModules() {
  const vite = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true },
  });
  return { load: (path) => vite.ssrLoadModule(path), close: () => vite.close() };
}
