import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { layoutShift, watchLayoutShift } from './layout-shift';

// NOTE: PWA specs run with service workers allowed; every other spec blocks them.
test.use({ serviceWorkers: 'allow' });

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');

test('the service worker registers and controls the page; offline, a reload still decodes and diagnoses', async ({ page, context }) => {
  await watchLayoutShift(page);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({ timeout: 20_000 });
  // The first visit's "ready to work offline" floats over the page: nothing moved.
  expect(await layoutShift(page)).toBe(0);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);
  // Load the lazily loaded diagnosis chunk once online, as a first visit would.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await page.getByLabel('Error or log text').fill('{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}');
  await expect(findings(page)).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 3 })).toContainText('-1021');
  await expect(page.getByRole('region', { name: 'Diagnosis' })).toContainText(/recvWindow|clock|time/i);
  await page.getByRole('link', { name: 'Error catalogue' }).click();
  await page.getByLabel('Search the catalogue').fill('-4164');
  await expect(page.getByRole('article').first()).toContainText('MIN_NOTIONAL');
  await context.setOffline(false);
});

test('text shared into the app (share_target) is decoded at once, and leaves the address bar', async ({ page }) => {
  await page.goto(`/?title=bot&text=${encodeURIComponent('APIError(code=-2019): Margin is insufficient.')}`);
  await expect(findings(page)).toHaveCount(1);
  await expect(findings(page).first()).toContainText('-2019');
  expect(new URL(page.url()).search).toBe('');
});

test('the manifest is complete and Chromium reports no installability errors', async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'fed-pwa-'));
  const ctx = await chromium.launchPersistentContext(dir, existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(baseURL ?? '/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const manifest = (await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Futures Error Doctor', short_name: 'Error Doctor', display: 'standalone', start_url: '/', scope: '/', id: '/' });
    const theme = await page.locator('meta[name="theme-color"]').getAttribute('content');
    expect(manifest.theme_color).toBe(theme);
    expect((manifest.icons as { sizes: string; purpose: string }[]).map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(manifest.share_target).toBeDefined();
    const cdp = await ctx.newCDPSession(page);
    await expect
      .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map((e) => e.errorId), { timeout: 15_000 })
      .toEqual([]);
  } finally {
    await ctx.close();
  }
});

/** Serves the built app like a host would, with a service worker whose build can be bumped: a new deployment. */
async function deployment(): Promise<{ url: string; bump: () => void; close: () => Promise<void> }> {
  const root = resolve('dist');
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain' };
  let build = 1;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (path === '/sw.js') body = `${body.toString('utf8')}\n// build ${build}\n`;
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, bump: () => (build += 1), close: () => new Promise<void>((done) => server.close(() => done())) };
}

for (const visit of ['a returning visit (the worker controls the page)', 'the first visit (no worker controls the page yet)']) {
  test(`an update of the app mid-diagnosis, on ${visit}: the prompt waits for the user, and the reload keeps the work and says so`, async ({ page }) => {
    const host = await deployment();
    try {
      await page.goto(host.url);
      await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({ timeout: 20_000 });
      if (visit.startsWith('a returning')) {
        await page.reload();
        await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);
      }
      await page.getByLabel('Error or log text').fill('POST /fapi/v1/order\n{"code":-2019,"msg":"Margin is insufficient."}\n{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}');
      await expect(findings(page)).toHaveCount(2);
      await findings(page).nth(1).getByRole('button').click();
      const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
      const question = diagnosis.getByRole('region', { name: 'Questions' }).getByRole('group');
      const asked = await question.locator('legend').innerText();
      const answer = question.getByRole('button').first();
      const label = await answer.innerText();
      await answer.click();
      await expect(diagnosis.getByRole('button', { name: `Change the answer to: ${asked}` })).toBeVisible();

      // A new deployment: the waiting worker is announced, and nothing reloads until the user says so.
      host.bump();
      const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      // The update check the app runs every hour, run now (again while it has not been found, as the app would).
      await expect
        .poll(
          async () => {
            await page.evaluate(async () => {
              const r = await navigator.serviceWorker.getRegistration();
              await r?.update().catch(() => undefined);
            });
            return prompt.isVisible();
          },
          { timeout: 30_000, intervals: [1000, 2000, 3000] },
        )
        .toBe(true);
      await expect(diagnosis.getByRole('heading', { level: 3 })).toContainText('-1021');
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload now' }).click()]);

      await expect(page.getByRole('status').filter({ hasText: 'was updated' })).toContainText('were kept');
      await expect(page.getByLabel('Error or log text')).toHaveValue(/Margin is insufficient[\s\S]*recvWindow/);
      await expect(diagnosis.getByRole('heading', { level: 3 })).toContainText('-1021');
      await expect(diagnosis.getByRole('region', { name: 'Questions' })).toContainText(`${asked} ${label}`);
      await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toHaveCount(0);
    } finally {
      await host.close();
    }
  });
}
