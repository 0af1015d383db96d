// Screenshots of every main screen, in light and dark, at 1440 and 375 wide, from the production
// build served with the fake OpenCX. Written to screenshots/ (git-ignored). With --readme, only
// the few the README shows, into docs/screenshots/ (committed), small enough to keep in git.
//
//   npm run screenshots [-- --port=5197] [-- --readme]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/launch-options.mjs';
import { waitForServer } from './script-support.mjs';

const portArg = process.argv.find((a) => a.startsWith('--port='));
const PORT = portArg ? Number(portArg.slice('--port='.length)) : 5197;
const BASE = `http://127.0.0.1:${PORT}`;
const README = process.argv.includes('--readme');
const OUT = README ? join('docs', 'screenshots') : 'screenshots';
const AGENT = '3f6c2a1e-8b4d-4c7a-9e21-5d0b7a9c1f42';
const SCHEMES = ['light', 'dark'];
const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];

/** Each screen: how to get there from a fresh page, and what shows it is ready. */
const SCREENS = [
  {
    name: 'agents-list',
    open: async (page) => {
      await page.goto(`${BASE}/agents`);
      await page
        .getByText(/\d+ agents/)
        .first()
        .waitFor();
    },
  },
  {
    name: 'agent-editor',
    open: async (page) => {
      await page.goto(`${BASE}/agents/${AGENT}`);
      await page.getByRole('combobox', { name: 'Voice' }).waitFor();
    },
  },
  {
    name: 'agent-editor-changed',
    open: async (page) => {
      await page.goto(`${BASE}/agents/${AGENT}`);
      await page.getByRole('combobox', { name: 'Voice' }).waitFor();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Front Desk (weekends)');
      await page.getByRole('textbox', { name: 'Handoff phone number' }).fill('+14155550999');
    },
  },
  {
    name: 'review-changes',
    open: async (page) => {
      await page.goto(`${BASE}/agents/${AGENT}`);
      await page.getByRole('combobox', { name: 'Voice' }).waitFor();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Front Desk (weekends)');
      await page.getByRole('radio', { name: 'No actions' }).check();
      await page.getByRole('button', { name: 'Review changes' }).click();
      await page.getByRole('dialog', { name: 'Review changes' }).waitFor();
    },
  },
  {
    name: 'activity',
    open: async (page) => {
      await page.goto(`${BASE}/activity`);
      await page.getByRole('heading', { name: 'Activity' }).waitFor();
    },
  },
  {
    name: 'agent-palette',
    open: async (page) => {
      await page.goto(`${BASE}/agents`);
      await page
        .getByText(/\d+ agents/)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Find agent' }).click();
      await page.keyboard.type('acme');
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'not-found',
    open: async (page) => {
      await page.goto(`${BASE}/nowhere`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    },
  },
];

/** What the README shows: few, and small (PNG at 1x; the desktop ones cut to the top 720 px). */
const README_SHOTS = [
  { screen: 'agents-list', scheme: 'light', size: 'desktop' },
  { screen: 'agent-editor', scheme: 'dark', size: 'desktop' },
  { screen: 'agents-list', scheme: 'light', size: 'phone' },
  { screen: 'review-changes', scheme: 'light', size: 'desktop' },
];
const wanted = (screen, scheme, size) =>
  !README ||
  README_SHOTS.some((s) => s.screen === screen && s.scheme === scheme && s.size === size);
const README_CLIP = { x: 0, y: 0, width: 1440, height: 720 };

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = spawn('node', ['scripts/start.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(PORT),
      OPENCX_API_KEY: '',
      OPENCX_FORCE_FAKE: '1',
    },
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitForServer(`${BASE}/healthz`, 180_000);
    for (const scheme of SCHEMES) {
      for (const size of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          colorScheme: scheme,
          // A tenant of its own, so the edits made for a screenshot touch no one's demo data.
          extraHTTPHeaders: { 'x-fake-tenant': `screenshots-${scheme}-${size.name}` },
        });
        for (const screen of SCREENS) {
          if (!wanted(screen.name, scheme, size.name)) continue;
          const page = await context.newPage();
          await screen.open(page);
          await page.waitForLoadState('networkidle');
          // The colour-scheme control's indicator slides into place once fonts have loaded.
          await page.evaluate(() => document.fonts.ready);
          await page.waitForTimeout(500);
          const file = join(OUT, `${screen.name}-${size.name}-${scheme}.png`);
          const clip = README && size.name === 'desktop' ? README_CLIP : undefined;
          await page.screenshot({ path: file, fullPage: false, clip });
          console.log(`  ${file}`);
          await page.close();
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
