import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expect,
  FRONT_DESK_ID,
  nameInput,
  saveButton,
  SLOW_TEST_TIMEOUT_MS,
} from './support/fake-opencx';
import { test } from './support/test';

interface Started {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/**
 * A console of this test's own, as `npm start` runs it, on a free port and `dataDir`: the shared
 * server of the other specs must keep running while this one is stopped and started again.
 */
async function startConsole(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      OPENCX_API_KEY: '',
      OPENCX_FORCE_FAKE: '1',
      DATA_DIR: dataDir,
      // The shared webServer built dist/ and dist-server/ before any test ran.
      SKIP_BUILD: '1',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  await expect
    .poll(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.test(output) || child.exitCode !== null)
    .toBe(true);
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  if (!url) throw new Error(`The console did not start:\n${output}`);
  return { child, url, exited };
}

async function stopConsole(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  started.child.kill('SIGTERM');
  expect(await started.exited).toBe(0);
}

test('a saved change is still in History after the server restarts', async ({ page }) => {
  test.setTimeout(SLOW_TEST_TIMEOUT_MS);
  const dataDir = mkdtempSync(join(tmpdir(), 'console-history-restart-'));
  const running: Started[] = [];
  try {
    const first = await startConsole(dataDir);
    running.push(first);
    await page.goto(`${first.url}/agents/${FRONT_DESK_ID}`);
    await expect(nameInput(page)).toHaveValue('Front Desk — Acme Dental');
    await nameInput(page).fill('Billing line');
    await saveButton(page).click();
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByRole('listitem').first()).toContainText(
      'Name: Front Desk — Acme Dental → Billing line',
    );
    await stopConsole(first);

    const second = await startConsole(dataDir);
    running.push(second);
    await page.goto(`${second.url}/agents/${FRONT_DESK_ID}`);
    // The fake OpenCX starts again from its seed; the history is the database's.
    await expect(nameInput(page)).toHaveValue('Front Desk — Acme Dental');
    const entry = history.getByRole('listitem').filter({ has: page.locator('time') });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('local saved');
    await expect(entry).toContainText('Name: Front Desk — Acme Dental → Billing line');
    await stopConsole(second);
  } finally {
    for (const started of running) started.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
