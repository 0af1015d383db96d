import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/launch-options.mjs';

// The production server (`npm start`, fake OpenCX) started once for all workers; every test has a
// fake store of its own (e2e/support/test.ts), so the tests run in parallel.
const PORT = Number(process.env.E2E_PORT ?? 5179);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  // The one spec for the Vite dev server: playwright.dev.config.ts.
  testIgnore: '**/dev-server-smoke.spec.ts',
  workers: '100%',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  // Parallel workers on a loaded machine: as generous as e2e/support's expect.
  expect: { timeout: 30_000 },
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : [['list']],
  use: {
    baseURL,
    // No screencast in the trace: it costs the browser more CPU than the app does.
    trace: { mode: 'retain-on-failure', screenshots: false },
    permissions: ['clipboard-read', 'clipboard-write'],
    // No transitions to wait out: what a test sees is what a person who asked for less motion sees.
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // What `npm start` runs: builds what is stale, then serves dist/ and /api in one process.
    command: 'node scripts/start.mjs',
    url: `${baseURL}/healthz`,
    // Never reuse a server: one already running might forward to the real OpenCX.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      OPENCX_API_KEY: '',
      OPENCX_FORCE_FAKE: '1',
      // History in a data directory of this port's own: a dev server may hold ./data meanwhile.
      DATA_DIR: `.e2e-data/production-${PORT}`,
    },
  },
});
