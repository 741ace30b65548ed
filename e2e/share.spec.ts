import { expect, test, type Page } from '@playwright/test';

const SIG = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const PASTE = [
  `X-MBX-APIKEY: ${KEY}`,
  `POST https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=30000&timestamp=1700000000000&signature=${SIG}`,
  '{"code":-2019,"msg":"Margin is insufficient."}',
  'from 198.51.100.7 user trader@example.com',
  '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
].join('\n');

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });

test('share a diagnosis, open the link in a fresh browser context, see the same view without secrets', async ({ page, browser }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.getByLabel('Error or log text').fill(PASTE);
  await expect(findings(page)).toHaveCount(2);
  await findings(page).nth(1).getByRole('button').click();
  // What the link carries is on screen before anything is copied.
  await expect(page.getByText(/Preview exactly what the link will carry/)).toBeVisible();
  const preview = page.getByLabel('Text the link carries');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Margin is insufficient.');
  await expect(preview).not.toContainText(SIG);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#d=2\.[A-Za-z0-9_-]+$/);
  for (const secret of [SIG, KEY, '198.51.100.7', 'trader@example.com']) expect(decodeURIComponent(link)).not.toContain(secret);
  expect(link.length).toBeLessThan(2000);
  // Nothing the user pasted went anywhere: every request stayed on our origin and carried no fragment.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
  expect(requests.filter((u) => u.includes('#d='))).toEqual([]);

  const other = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('status').filter({ hasText: 'You opened a shared diagnosis' })).toBeVisible();
  await expect(findings(fresh)).toHaveCount(2);
  await expect(diagnosis(fresh).getByRole('heading', { level: 3 })).toContainText('-1021 INVALID_TIMESTAMP');
  await expect(fresh.getByLabel('Error or log text')).not.toHaveValue(new RegExp(SIG));
  expect(fresh.url()).not.toContain('#d=');
  await other.close();
});

test('choose the product when the paste does not say: the diagnosis, reload and the link all keep it', async ({ page, browser }) => {
  await page.goto('/');
  // -2021 is "Order would immediately trigger." on the futures pages but a cancel-replace failure on Spot.
  await page.getByLabel('Error or log text').fill('{"code":-2021,"msg":"Order would immediately trigger."}');
  await expect(findings(page)).toHaveCount(1);
  const choice = diagnosis(page).getByRole('group', { name: 'Which API answered this error?' });
  await expect(choice).toContainText('does not say which API');
  await expect(choice.getByRole('radio', { name: /USD-M Futures \(as decoded\)/ })).toBeChecked();
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('USD-M Futures');
  await choice.getByRole('radio', { name: /^Spot/ }).check();
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('Spot');
  await expect(diagnosis(page).getByText(/cancel-replace/i).first()).toBeVisible();
  await expect(findings(page).first()).toContainText('Spot');
  await expect(findings(page).first()).toContainText('Status unknown');

  await page.reload();
  await expect(diagnosis(page).getByRole('radio', { name: /^Spot/ })).toBeChecked();
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('Spot');

  // What the link carries is on screen before anything is copied.
  await expect(page.getByText(/Preview exactly what the link will carry/)).toBeVisible();
  await expect(page.getByText(/read as Spot/)).toBeVisible();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(diagnosis(fresh).getByRole('radio', { name: /^Spot/ })).toBeChecked();
  await expect(diagnosis(fresh).getByRole('heading', { level: 3 })).toContainText('Spot');
  // Back to the decoded reading: the choice is undone, not stuck.
  await diagnosis(fresh).getByRole('radio', { name: /USD-M Futures/ }).check();
  await expect(diagnosis(fresh).getByRole('heading', { level: 3 })).toContainText('USD-M Futures');
  await other.close();
});

for (const [name, fragment, message] of [
  ['not ours', '#d=zz', /not a Futures Error Doctor link/],
  ['newer format', '#d=9.AAAA', /newer version/],
  ['damaged', '#d=1.aGVsbG8gd29ybGQ', /damaged/],
  ['oversized', `#d=1.${'A'.repeat(20000)}`, /far longer/],
  ['script in the fragment', '#d=1.<script>alert(1)</script>', /not a Futures Error Doctor link/],
] as const) {
  test(`a hostile link (${name}) shows its message and a working app`, async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`/${fragment}`);
    await expect(page.getByRole('alert')).toContainText(message);
    await page.getByLabel('Error or log text').fill('APIError(code=-2019): Margin is insufficient.');
    await expect(findings(page)).toHaveCount(1);
    expect(dialog).toBe(false);
  });
}
