import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';

// NOTE: PWA specs run with service workers allowed; every other spec blocks them.
test.use({ serviceWorkers: 'allow' });

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');

test('the service worker registers and controls the page; offline, a reload still decodes and diagnoses', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({ timeout: 20_000 });
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
