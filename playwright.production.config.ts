import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/launch-options.mjs';

// The production server (`npm start`) on a port of its own, so it runs beside the dev-server e2e.
const PORT = Number(process.env.PROD_E2E_PORT ?? 5191);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: 'production-*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // Not under test-results/: the dev-server e2e run empties that folder when it starts.
  outputDir: 'test-results-production',
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'production', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // What `npm start` runs: builds what is stale, then serves dist/ and /api in one process.
    command: 'node scripts/start.mjs',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    env: { HOST: '127.0.0.1', PORT: String(PORT), OPENCX_API_KEY: '', OPENCX_FORCE_FAKE: '1' },
  },
});
