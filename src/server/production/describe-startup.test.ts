// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeStartup } from './describe-startup.ts';

const base = { apiUrl: undefined, users: new Map(), trustedAuthHeader: undefined };

describe('the start-up line (F11)', () => {
  it('says loopback only when it is', () => {
    expect(describeStartup({ ...base, host: '127.0.0.1' }, 'fake', 3000)).toBe(
      'listening on http://127.0.0.1:3000; api: fake OpenCX with demo data; access control: none (loopback only)',
    );
  });

  it('says the demo is open to the network on a public HOST', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5']) {
      const line = describeStartup({ ...base, host }, 'fake', 3000);
      expect(line, host).not.toContain('loopback only');
      expect(line).toMatch(/access control: none: open to the network/);
    }
  });

  it('names the access control and the real OpenCX', () => {
    const line = describeStartup(
      { ...base, host: '0.0.0.0', trustedAuthHeader: 'x-forwarded-user' },
      'real',
      80,
    );
    expect(line).toBe(
      'listening on http://0.0.0.0:80; api: OpenCX at https://api.open.cx; access control: proxy header x-forwarded-user',
    );
  });
});
