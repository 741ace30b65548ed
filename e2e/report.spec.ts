import { expect, test, type Page } from '@playwright/test';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const PASTE = [
  '2026-03-01 09:00:00 INFO starting bot on fapi',
  `2026-03-01 09:00:01 DEBUG X-MBX-APIKEY: ${KEY}`,
  '2026-03-01 09:00:02 INFO POST /fapi/v1/order symbol=ETHUSDT&side=SELL&type=LIMIT&positionSide=BOTH&reduceOnly=true&quantity=0.5&price=3100',
  '2026-03-01 09:00:03 ERROR {"code":-2022,"msg":"ReduceOnly Order is rejected."}',
  '2026-03-01 09:00:04 INFO POST /fapi/v1/order symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01',
  '2026-03-01 09:00:05 ERROR {"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}',
  '2026-03-01 09:00:06 ERROR {"code":-1003,"msg":"Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}',
  '2026-03-01 09:00:07 INFO done',
].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`Copy as Markdown, on a ${name}: a report to paste into a GitHub issue as is, confirmed in a status line`, async ({ page, context }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByLabel('Error or log text').fill(PASTE);
    await expect(findings(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const md = await page.evaluate(() => navigator.clipboard.readText());

    // Summary, product and library, then one section per finding, most dangerous first.
    expect(md).toMatch(/^## Binance API errors: 3 errors/);
    expect(md).toMatch(/\*\*Summary:\*\* 3 errors in 8 lines; 1 needs action now \(-1007 TIMEOUT\)\./);
    expect(md).toMatch(/\*\*Product:\*\* USD-M Futures · \*\*Library:\*\* .+ · \*\*Endpoint:\*\* `\/fapi\/v1\/order`/);
    const sections = md.split('\n').filter((l) => l.startsWith('### '));
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain('-1007 TIMEOUT');
    for (const label of ['Message', 'Meaning', 'Verdict', 'Seen', 'Answers given', 'First fix']) expect(md.split(`- **${label}:**`)).toHaveLength(4);
    expect(md.split(/- \*\*(?:Most|A) likely cause:\*\*/)).toHaveLength(4);
    // Exact messages in code spans; a placeholder never shows as %s.
    expect(md).toContain('- **Message:** `ReduceOnly Order is rejected.`');
    expect(md).toContain('- **Message:** `Too much request weight used; current limit is 2400 request weight per 1 MINUTE.');
    expect(md).not.toMatch(/%[sdb]/);
    // The lines around each error, with … where cut, redacted.
    expect(md).toContain('Lines around it (line 6, redacted):');
    expect(md).toMatch(/```text\n…\n4 {3}2026-03-01 09:00:03 ERROR/);
    expect(md).toContain('6 > 2026-03-01 09:00:05 ERROR {"code":-1007');
    expect(md).toContain('X-MBX-APIKEY: [redacted]');
    expect(md).not.toContain(KEY);

    // The link opens the same diagnosis in a fresh page.
    const link = /\[Open this diagnosis in Futures Error Doctor\]\((http[^)\s]+#d=[^)\s]+)\)/.exec(md)?.[1];
    expect(link).toBeDefined();
    const other = await context.newPage();
    await other.goto(link ?? '/');
    await expect(findings(other)).toHaveCount(3);
    await expect(other.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 3 }).first()).toContainText('-1007');

    // The report is also shown, for a browser that would not let it be copied.
    await expect(page.getByLabel('Markdown report (redacted)')).toHaveValue(md);
  });
}

test('Copy as Markdown says so when the clipboard refuses, and the report stays on screen to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
  });
  await page.goto('/');
  await page.getByLabel('Error or log text').fill('{"code":-2019,"msg":"Margin is insufficient."}');
  await expect(findings(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toBeVisible();
  await expect(page.getByLabel('Markdown report (redacted)')).toHaveValue(/### 1\. -2019 MARGIN_NOT_SUFFICIEN/);
});
