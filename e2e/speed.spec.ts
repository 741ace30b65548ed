import { expect, test, type Page } from '@playwright/test';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const PAYLOAD = '{"code":-2019,"msg":"Margin is insufficient."}';

/** Puts `text` on the clipboard and pastes it into the box with the keyboard, as a person does. */
async function pasteWithKeyboard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByLabel('Error or log text').focus();
  await page.keyboard.press('ControlOrMeta+V');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a paste decodes at once; typing waits for the pause', async ({ page }) => {
  // NOTE: with the page's clock stopped, a timer (the typing pause) fires only when the test moves the clock:
  // the paste must show its findings with the clock moved less than the pause, typing only after it.
  await page.clock.install();
  await page.goto('/');
  await page.clock.pauseAt(Date.now() + 60_000);
  await pasteWithKeyboard(page, PAYLOAD);
  let moved = 0;
  await expect
    .poll(async () => {
      // react-query hands results over in zero-delay timers: let those run, 10 ms of page time per look.
      await page.clock.runFor(10);
      moved += 10;
      return findings(page).count();
    })
    .toBe(1);
  expect(moved).toBeLessThan(250);
  await expect(findings(page).first()).toContainText('-2019');

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.clock.runFor(10);
  await expect(findings(page)).toHaveCount(0);
  await page.getByLabel('Error or log text').pressSequentially('{"code":-1021}');
  await page.clock.runFor(200);
  await expect(findings(page)).toHaveCount(0);
  await page.clock.runFor(100);
  await expect.poll(async () => (await page.clock.runFor(10), findings(page).count())).toBe(1);
});

test('paste → findings for a single JSON payload, measured in the page (recorded, not asserted)', async ({ page }) => {
  await page.goto('/');
  // The idle-time preload (the core, its catalogues, the diagnosis) has run, as it has by the time a person pastes.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/assets/registry-')))).toBe(true);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(findings(page)).toHaveCount(0);
    await page.evaluate(() => {
      const w = window as unknown as { __pasteAt?: number; __findingsAt?: number };
      delete w.__pasteAt;
      delete w.__findingsAt;
      const box = document.getElementById('paste-text');
      box?.addEventListener('paste', () => (w.__pasteAt = performance.now()), { capture: true, once: true });
      const region = document.getElementById('findings-title')?.closest('section');
      const seen = new MutationObserver(() => {
        if (region?.querySelector('li') != null) {
          w.__findingsAt = performance.now();
          seen.disconnect();
        }
      });
      if (region != null) seen.observe(region, { childList: true, subtree: true });
    });
    // A different text each time (trailing spaces), so no run is served from the cache of analyses.
    await pasteWithKeyboard(page, `${PAYLOAD}${' '.repeat(i)}`);
    await expect(findings(page)).toHaveCount(1);
    runs.push(await page.evaluate(() => {
      const w = window as unknown as { __pasteAt?: number; __findingsAt?: number };
      return (w.__findingsAt ?? NaN) - (w.__pasteAt ?? NaN);
    }));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const line = `paste → findings (single JSON payload): median ${median.toFixed(1)} ms, runs ${runs.map((r) => r.toFixed(1)).join(', ')} ms`;
  test.info().annotations.push({ type: 'paste → findings', description: line });
  console.log(line);
  expect(Number.isFinite(median)).toBe(true);
});

test('the diagnosis is preloaded in idle time after the first paint, and the page and the worker share one catalogue asset', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect.poll(() => requests.some((u) => u.startsWith('/assets/registry-'))).toBe(true);
  const first = requests.filter((u) => u.startsWith('/assets/catalogues-') && u.endsWith('.json'));
  expect(first).toHaveLength(1);
  // A large paste is decoded in the worker, which reads the same asset (from the HTTP cache when it can).
  const line = '2026-01-01 10:00:00 INFO tick BTCUSDT bid=60000.1 ask=60000.2\n';
  await page.getByLabel('Error or log text').evaluate((el, t) => {
    (el as HTMLTextAreaElement).value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, `${line.repeat(4000)}${PAYLOAD}`);
  await expect(findings(page)).toHaveCount(1, { timeout: 20_000 });
  await expect.poll(() => requests.filter((u) => u.startsWith('/assets/catalogues-')).length).toBeGreaterThanOrEqual(2);
  expect([...new Set(requests.filter((u) => u.startsWith('/assets/catalogues-')))]).toEqual(first);
});
