import { expect, test, type Page } from '@playwright/test';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const LISTEN_KEY = 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1';
const PASTE = [
  `2026-03-01 09:00:00 DEBUG POST https://fapi.binance.com/fapi/v1/order X-MBX-APIKEY: ${KEY}`,
  `2026-03-01 09:00:00 DEBUG body symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.05&timestamp=1700000000000&signature=${SIGNATURE}`,
  `2026-03-01 09:00:00 DEBUG stream wss://fstream.binance.com/ws/${LISTEN_KEY}`,
  'binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.',
].join('\n');

/** Everything the page keeps: localStorage and sessionStorage, key by key. */
const stored = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
  }));

/** Pastes `text` and waits for its findings and for the work to be saved (it is saved shortly after each change). */
async function pasteAndSettle(page: Page, text: string): Promise<void> {
  await page.getByLabel('Error or log text').fill(text);
  await expect(findings(page)).toHaveCount(1);
  await page.waitForTimeout(600);
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('what is stored after pasting a key, a signature and a listen key holds none of them, history included', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'What this device keeps' })).toContainText('redacted');
      await pasteAndSettle(page, PASTE);
      const { local, session } = await stored(page);
      const all = JSON.stringify({ local, session });
      expect(local['fed:v1:state']).toContain('Margin is insufficient.');
      expect(local['fed:v1:history']).toContain('[redacted]');
      for (const secret of [KEY, SIGNATURE, LISTEN_KEY]) expect(all).not.toContain(secret);
      // After a reload the work is back, redacted.
      await page.reload();
      await expect(findings(page)).toHaveCount(1);
      await expect(page.getByLabel('Error or log text')).toHaveValue(/\[redacted\]/);
      expect(JSON.stringify(await stored(page))).not.toContain(KEY);
    });
  });
}

test('pastes an older version kept as they were are redacted after the first paint', async ({ page }) => {
  await page.addInitScript(
    ([text]) => {
      if (sessionStorage.getItem('seeded') != null) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('fed:v1:history', JSON.stringify([{ at: 1700000000000, title: '-2019 MARGIN_NOT_SUFFICIEN', text }]));
    },
    [PASTE],
  );
  await page.goto('/');
  await expect.poll(async () => JSON.stringify(await stored(page)).includes(KEY), { timeout: 10_000 }).toBe(false);
  await expect(page.getByRole('region', { name: 'Recent diagnoses' })).toContainText('-2019');
});

test('“don’t keep” stores no paste, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await pasteAndSettle(page, PASTE);
  expect(Object.keys((await stored(page)).local)).toEqual(expect.arrayContaining(['fed:v1:state', 'fed:v1:history']));
  await page.getByLabel('Keep my pastes on this device').selectOption({ label: 'don’t keep' });
  await expect(page.getByRole('region', { name: 'What this device keeps' }).getByRole('status')).toContainText('no longer kept');
  await expect(page.getByRole('region', { name: 'Recent diagnoses' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await pasteAndSettle(page, PASTE.replace('-2019', '-2018'));
  const { local } = await stored(page);
  expect(local).toEqual({ 'fed:v1:keep': 'none' });
  await page.reload();
  await expect(page.getByLabel('Error or log text')).toHaveValue('');
  await expect(page.getByLabel('Keep my pastes on this device')).toHaveValue('none');
  await expect(page.getByRole('region', { name: 'What this device keeps' })).toContainText('keeps none of your pastes');
});

test('Clear empties the box and the history, in the page and in storage', async ({ page }) => {
  await page.goto('/');
  await pasteAndSettle(page, PASTE);
  await expect(page.getByRole('region', { name: 'Recent diagnoses' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByLabel('Error or log text')).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Recent diagnoses' })).toHaveCount(0);
  await page.waitForTimeout(600);
  const { local } = await stored(page);
  expect(local['fed:v1:history']).toBeUndefined();
  expect(local['fed:v1:state']).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Recent diagnoses' })).toHaveCount(0);
  await expect(page.getByLabel('Error or log text')).toHaveValue('');
});

test('Forget everything empties all the page keeps: stores, preferences and caches', async ({ page }) => {
  await page.goto('/');
  await pasteAndSettle(page, PASTE);
  await page.evaluate(async () => {
    sessionStorage.setItem('fed:v1:updated', '1');
    // A cache of the kind a future version might keep pastes in.
    await (await caches.open('fed-pastes')).put('/pastes/1', new Response('a paste'));
  });
  // A preference too: the library the snippets are shown for, say.
  await page.evaluate(() => localStorage.setItem('fed:v1:library', 'ccxt-python'));
  expect(Object.keys((await stored(page)).local).length).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await expect(page.getByRole('region', { name: 'What this device keeps' }).getByRole('status')).toContainText('Forgotten');
  await expect(page.getByLabel('Error or log text')).toHaveValue('');
  await expect(findings(page)).toHaveCount(0);
  await page.waitForTimeout(600);
  expect(await stored(page)).toEqual({ local: {}, session: {} });
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  await page.reload();
  await expect(page.getByLabel('Error or log text')).toHaveValue('');
  expect((await stored(page)).local).toEqual({});
});
