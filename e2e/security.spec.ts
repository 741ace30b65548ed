import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PAYLOADS } from './payloads';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');

/** Watches a page for anything a payload could make happen. */
function watch(page: Page): { dialogs: string[]; errors: string[]; foreign: string[]; violations: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[], foreign: [] as string[], violations: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:') seen.foreign.push(r.url());
  });
  return seen;
}

test(`${PAYLOADS.length} injection payloads pasted: nothing runs, everything shows as text`, async ({ page }) => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  const seen = watch(page);
  await page.goto('/');
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective));
    (window as unknown as { __csp: string[] }).__csp = [];
  });
  for (let i = 0; i < PAYLOADS.length; i += 40) {
    const batch = PAYLOADS.slice(i, i + 40).join('\n');
    await page.getByLabel('Error or log text').fill(batch);
    await expect(page.getByRole('region', { name: 'Findings' })).not.toContainText('Decoding…');
    if (batch.includes('code')) {
      await expect(findings(page).first()).toBeVisible();
      await expect(page.getByRole('list', { name: 'Your paste, with the errors marked' })).toContainText('Invalid symbol.');
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    }
  }
  await expect(page.locator('main script, main iframe, main object, main embed, main svg, main img, main form, main base')).toHaveCount(0);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('injection payloads delivered through share links: nothing runs', async ({ page, context }) => {
  test.setTimeout(150_000);
  const seen = watch(page);
  await page.goto('/');
  for (let i = 0; i < PAYLOADS.length; i += 50) {
    await page.getByLabel('Error or log text').fill(`${PAYLOADS.slice(i, i + 50).join('\n')}\nAPIError(code=-2019): Margin is insufficient.`);
    await expect(findings(page).first()).toBeVisible();
    // The share panel remounts when a new paste is decoded: click until its link box shows.
    await expect(async () => {
      await page.getByRole('button', { name: 'Share link' }).click();
      await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const other = await context.newPage();
    const seen2 = watch(other);
    await other.goto(link);
    await expect(findings(other).first()).toBeVisible();
    await expect(other.locator('main script, main iframe, main img, main svg')).toHaveCount(0);
    expect(seen2.dialogs).toEqual([]);
    expect(seen2.errors).toEqual([]);
    expect(seen2.foreign).toEqual([]);
    await other.close();
  }
  expect(seen.dialogs).toEqual([]);
});

test('the Content-Security-Policy is in force: an injected inline script does not run', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __ran?: boolean }).__ran === true;
  });
  expect(ran).toBe(false);
});

test('no request leaves the origin while decoding, diagnosing, sharing or exporting', async ({ page }) => {
  const seen = watch(page);
  const all: string[] = [];
  page.on('request', (r) => all.push(r.url()));
  await page.goto('/');
  const before = all.length;
  await page.getByRole('button', { name: 'Bot log' }).click();
  await expect(findings(page)).toHaveCount(3);
  await findings(page).nth(2).getByRole('button').click();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  await page.getByRole('link', { name: 'Error catalogue' }).click();
  await page.getByLabel('Search the catalogue').fill('-2022');
  expect(seen.foreign).toEqual([]);
  // After the first load, the only requests are our own lazily loaded chunks: no text goes anywhere.
  const later = all.slice(before);
  const ours = (u: string): boolean => new URL(u).pathname.startsWith('/assets/') || new URL(u).pathname === '/favicon.svg';
  expect(later.filter((u) => !ours(u))).toEqual([]);
  expect(later.filter((u) => u.includes('?') || u.includes('#'))).toEqual([]);
});

test('a full local store keeps the work on screen and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByLabel('Error or log text').fill('APIError(code=-2019): Margin is insufficient.');
  await expect(findings(page)).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('storage is full');
  await expect(page.getByLabel('Error or log text')).toHaveValue(/Margin is insufficient/);
});

/** The peak resident memory (VmHWM) of the browser's renderer processes, in MB; null where /proc is not there. */
async function rendererPeakMb(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    const peaks = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => {
        try {
          return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
        } catch {
          return NaN;
        }
      })
      .filter((m) => Number.isFinite(m));
    return peaks.length === 0 ? null : Math.max(...peaks);
  } finally {
    await cdp.detach();
  }
}

test('a 50 MB log file: progress, cancel, then a full decode, and the page survives with bounded memory', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const line = '2026-01-01 10:00:00 INFO tick BTCUSDT bid=60000.1 ask=60000.2 spread=0.1 latency=12ms\n';
  const body = line.repeat(Math.ceil((50 * 1024 * 1024) / line.length));
  const dir = mkdtempSync(join(tmpdir(), 'fed-huge-'));
  const file = join(dir, 'huge.log');
  writeFileSync(file, `${body}ERROR APIError(code=-2019): Margin is insufficient.\n`);
  await page.getByLabel('Log file').setInputFiles(file);
  await expect(page.getByRole('progressbar', { name: 'Decoding progress' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decoding was cancelled' })).toBeVisible();
  await page.getByRole('button', { name: 'Decode again' }).click();
  await expect(findings(page)).toHaveCount(1, { timeout: 120_000 });
  await expect(findings(page).first()).toContainText('-2019');
  // Memory stays bounded: the page's renderer (which runs the decode worker too) peaked well below a
  // gigabyte and a half for 50 MB of text, which it holds in the page, in the worker and as a file.
  const peak = await rendererPeakMb(browser);
  test.info().annotations.push({ type: 'peak renderer memory', description: peak == null ? 'not measurable here' : `${peak.toFixed(0)} MB for a 50 MB file` });
  console.log(`50 MB file: peak renderer memory ${peak == null ? 'not measurable here' : `${peak.toFixed(0)} MB`}`);
  if (peak != null) expect(peak).toBeLessThan(1536);
  const tooBig = join(dir, 'too-big.log');
  writeFileSync(tooBig, Buffer.alloc(70 * 1024 * 1024, 97));
  await page.getByLabel('Log file').setInputFiles(tooBig);
  await expect(page.getByRole('alert').filter({ hasText: 'the limit here is 64 MB' })).toBeVisible();
  await expect(findings(page)).toHaveCount(1);
});
