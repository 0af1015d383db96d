// @vitest-environment node
// Whatever a client sends, only the allow-listed calls reach OpenCX, and nothing answers 500.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createGateway } from './gateway.ts';

const KEY = 'ocx_live_FUZZ_2b7e_never_leaks';
const ALLOWED = [
  /^GET \/phone(\?cursor=[^&]*)?$/,
  /^HEAD \/phone(\?cursor=[^&]*)?$/,
  /^(GET|HEAD) \/phone\/voices$/,
  /^(GET|HEAD) \/actions$/,
  /^(GET|HEAD) \/training(\?(limit|offset)=[^&]*(&(limit|offset)=[^&]*)?)?$/,
  /^PATCH \/phone\/[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/,
];

const segment = fc.oneof(
  fc.constantFrom('phone', 'voices', 'actions', 'training', '..', '.', '%2e%2e', '%2F', '__fake'),
  fc.uuid(),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/api/${parts.join('/')}`);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom('cursor', 'limit', 'offset', 'force', 'x', ''),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ''));
const method = fc.constantFrom(
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'PROPFIND',
);
const headers = fc.dictionary(
  fc.constantFrom(
    'origin',
    'cookie',
    'authorization',
    'content-type',
    'x-forwarded-host',
    'accept',
  ),
  fc.string({ maxLength: 20 }).filter((v) => /^[\x20-\x7e]*$/.test(v)),
);

describe('gateway fuzz', () => {
  it('forwards nothing outside the allow-list and never answers 500', async () => {
    const upstream: string[] = [];
    const upstreamFetch = vi.fn<typeof fetch>(async (input, init) => {
      const url = new URL(String(input));
      upstream.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
      return Response.json([]);
    });
    const gateway = createGateway({ apiKey: KEY, apiUrl: 'https://opencx.test', upstreamFetch });
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, async (m, p, q, h) => {
        upstream.length = 0;
        const body = m === 'GET' || m === 'HEAD' ? undefined : '{"name":"x"}';
        const res = await gateway.app.fetch(
          new Request(`http://127.0.0.1:5173${p}${q}`, { method: m, headers: h, body }),
        );
        expect(res.status).toBeLessThan(500);
        for (const call of upstream) {
          expect(
            ALLOWED.some((rule) => rule.test(call)),
            call,
          ).toBe(true);
        }
        expect(await res.text()).not.toContain(KEY);
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
