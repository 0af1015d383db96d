import { expect } from '@playwright/test';
import { FRONT_DESK_ID, receivedPatches, resetFake } from './support/fake-opencx';
import { watchPage } from './support/watch-page';
import { test } from './support/test';

test.beforeEach(async ({ request }) => {
  await resetFake(request);
});

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

test('the editor flow works on the production build, with the security headers and no CSP violation', async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  const assets: { url: string; cacheControl?: string; encoding?: string }[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/assets/')) return;
    const headers = response.headers();
    assets.push({
      url: response.url(),
      cacheControl: headers['cache-control'],
      encoding: headers['content-encoding'],
    });
  });

  const home = await page.goto('/');
  const headers = home?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers).toMatchObject(SECURITY_HEADERS);
  expect(headers['cache-control']).toBe('no-cache');

  await page.getByRole('link', { name: 'Front Desk — Acme Dental' }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Front Desk — Acme Dental');
  await name.fill('Front Desk — production build');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: Name')).toBeVisible();
  expect((await receivedPatches(request)).map((p) => p.body)).toEqual([
    { name: 'Front Desk — production build' },
  ]);

  // A deep link straight into the editor is answered with the app (SPA fallback).
  const deep = await page.goto(`/agents/${FRONT_DESK_ID}`);
  expect(deep?.status()).toBe(200);
  expect(deep?.headers()['content-security-policy']).toBeTruthy();
  await expect(name).toHaveValue('Front Desk — production build');
  // The voice preview is media from /api: allowed by media-src.
  await page.getByRole('button', { name: /Play a preview of/ }).click();

  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets) {
    expect(asset.cacheControl, asset.url).toBe('public, max-age=31536000, immutable');
  }
  expect(assets.some((a) => a.encoding === 'gzip' && a.url.endsWith('.js'))).toBe(true);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

test('index.html carries no inline script and the API answers carry the headers too', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    // The app's hashed modules, and the colour scheme set before the first paint.
    expect(attributes).toMatch(/\ssrc="\/(assets\/|color-scheme\.js")/);
    expect(body?.trim()).toBe('');
  }
  const api = await request.get('/api/phone');
  expect(api.headers()).toMatchObject(SECURITY_HEADERS);
  expect(api.headers()['content-security-policy']).toContain('sandbox');
  expect(api.headers()['cache-control']).toBe('no-store');
  expect((await request.get('/healthz')).status()).toBe(200);
  expect((await request.get('/assets/does-not-exist.js')).status()).toBe(404);
});
