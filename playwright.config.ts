import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/launch-options.mjs';

const PORT = Number(process.env.E2E_PORT ?? 5179);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  // Those run against the production server: playwright.production.config.ts.
  testIgnore: '**/production-*.spec.ts',
  // The fake OpenCX is one shared store; tests reset it and run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node_modules/.bin/vite --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `${baseURL}/api/__gateway/mode`,
    // Never reuse a server: one already running might forward to the real OpenCX.
    reuseExistingServer: false,
    timeout: 60_000,
    env: { OPENCX_API_KEY: '', OPENCX_FORCE_FAKE: '1' },
  },
});
