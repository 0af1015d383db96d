// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');

function isIgnored(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: REPO });
    return true;
  } catch {
    return false;
  }
}

describe('environment files', () => {
  it('keeps every .env file out of git except the committed example', () => {
    for (const file of ['.env', '.env.local', '.env.production', '.env.production.local']) {
      expect(isIgnored(file), file).toBe(true);
    }
    expect(isIgnored('.env.example')).toBe(false);
    expect(existsSync(resolve(REPO, '.env.example'))).toBe(true);
  });
});
