// @ts-check
// Plain JavaScript so that the benchmark script (run by Node 20 without a TypeScript loader) shares
// it with the Playwright configs; the types are in launch-options.d.mts.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium when installed (Playwright cannot download its own browser everywhere), with
 * the flags that keep it off the network and working as root; Playwright's own browser otherwise.
 *
 * @type {import('@playwright/test').LaunchOptions}
 */
export const chromiumLaunchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};
