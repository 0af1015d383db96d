import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/launch-options.mjs';

// The Vite dev server (`npm run dev`) with the fake: one smoke spec; everything else runs
// against the production build (playwright.config.ts).
const PORT = Number(process.env.E2E_PORT ?? 5179);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: 'dev-server-smoke.spec.ts',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  // Not under test-results/, which the main run empties when it starts.
  outputDir: 'test-results-dev',
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : [['list']],
  use: { baseURL, trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions },
  projects: [{ name: 'dev-server', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node_modules/.bin/vite --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `${baseURL}/api/__gateway/mode`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { OPENCX_API_KEY: '', OPENCX_FORCE_FAKE: '1', DATA_DIR: `.e2e-data/dev-${PORT}` },
  },
});
