import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pastes/${name}`, import.meta.url), 'utf8');

async function paste(page: Page, text: string): Promise<void> {
  if (text.length < 50_000) {
    await page.getByLabel('Error or log text').fill(text);
    return;
  }
  // Large pastes arrive in one input event, as a real paste does (fill types too slowly for megabytes).
  await page.getByLabel('Error or log text').evaluate((el, t) => {
    (el as HTMLTextAreaElement).value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });

test.describe('paste → findings → diagnosis', () => {
  test('decodes a python-binance traceback and explains it', async ({ page }) => {
    await page.goto('/');
    await paste(page, fixture('python-binance-01.txt'));
    await expect(findings(page).first()).toBeVisible();
    const text = await findings(page).allInnerTexts();
    expect(text.join('\n')).toMatch(/-\d{4}/);
    await expect(diagnosis(page).getByRole('heading', { level: 3 })).toBeVisible();
    await expect(diagnosis(page)).toContainText(/retry|Fix first|Nothing to do|Status unknown/i);
  });

  for (const [file, code] of [
    ['ccxt-01.txt', '-1021'],
    ['go-04.txt', '-2015'],
    ['spot-01.txt', '-2010'],
    ['html-04.txt', 'HTTP 403'],
    ['benign-04.txt', '-4046'],
    ['fullwidth-01.txt', ''],
  ] as const) {
    test(`decodes the real paste ${file}`, async ({ page }) => {
      await page.goto('/');
      await paste(page, fixture(file));
      await expect(findings(page).first()).toBeVisible();
      if (code !== '') await expect(findings(page).filter({ hasText: code })).toHaveCount(1);
    });
  }

  test('a bot log gives one item per error, most urgent first; choosing a finding or a marked line switches the diagnosis', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Bot log' }).click();
    await expect(findings(page)).toHaveCount(3);
    // By danger, not by line: the order whose status is unknown first, the harmless reply last.
    await expect(findings(page).nth(0)).toContainText('-1007');
    await expect(findings(page).nth(0)).toContainText('Status unknown');
    await expect(findings(page).nth(2)).toContainText('-4046');
    await expect(findings(page).nth(2)).toContainText('Nothing to do');
    await findings(page).nth(1).getByRole('button').click();
    await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('-2022 REDUCE_ONLY_REJECT');
    await page.getByRole('button', { name: /Line 2: -4046 NO_NEED_TO_CHANGE_MARGIN_TYPE/ }).click();
    await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('-4046');
    await expect(findings(page).nth(2).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  });

  test('says so when there is no Binance error, and when the input is not text', async ({ page }) => {
    await page.goto('/');
    await paste(page, '2024-01-15 12:00:01 INFO price -1234.5 order 123456789 HTTP 200 OK');
    await expect(page.getByRole('region', { name: 'Findings' })).toContainText('No Binance error found');
    await page.getByLabel('Log file').setInputFiles({ name: 'junk.log', mimeType: 'application/octet-stream', buffer: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 9)) });
    await expect(page.getByRole('alert')).toContainText('binary');
    await expect(page.getByLabel('Error or log text')).toBeVisible();
  });

  test('opens a log file', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Log file').setInputFiles({ name: 'bot.log', mimeType: 'text/plain', buffer: Buffer.from(fixture('multi-01.txt')) });
    await expect(findings(page).first()).toBeVisible();
  });

  test('an unknown code is said to be unknown, with its family and nearest messages', async ({ page }) => {
    await page.goto('/');
    await paste(page, '{"code":-9999,"msg":"Margin is not sufficient right now"}');
    await expect(findings(page)).toHaveCount(1);
    await expect(findings(page).first()).toContainText('-9999 — unknown code');
    await expect(diagnosis(page)).toContainText('No Binance catalogue has code -9999');
    await expect(diagnosis(page).getByRole('list', { name: 'Nearest catalogue messages' })).toContainText('-2019');
  });

  test('an ambiguous code shows every candidate with its product and reason', async ({ page }) => {
    await page.goto('/');
    await paste(page, '{"code":-4087,"msg":"?"}');
    const table = diagnosis(page).getByRole('table');
    await expect(table).toContainText('INVALID_PAIR');
    await expect(table).toContainText('REDUCE_ONLY_ORDER_PERMISSION');
    await expect(table).toContainText('COIN-M Futures');
  });

});

test.describe('reports, saved work and untrusted text', () => {
  test('copies a redacted Markdown report', async ({ page }) => {
    await page.goto('/');
    const sig = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
    await paste(page, `GET /fapi/v1/order?symbol=BTCUSDT&signature=${sig} {"code":-2013,"msg":"Order does not exist."}`);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const report = page.getByLabel('Markdown report (redacted)');
    await expect(report).toHaveValue(/-2013 NO_SUCH_ORDER/);
    await expect(report).not.toHaveValue(new RegExp(sig));
  });

  test('a reload keeps the paste and the chosen finding; history can be cleared', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Bot log' }).click();
    await findings(page).nth(1).getByRole('button').click();
    await page.waitForTimeout(500);
    await page.reload();
    await expect(page.getByLabel('Error or log text')).toHaveValue(/ReduceOnly Order is rejected/);
    await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('-2022');
    await page.getByRole('button', { name: 'Clear history' }).click();
    await expect(page.getByRole('heading', { name: 'Recent diagnoses' })).toHaveCount(0);
  });

  test('a corrupted store is recovered from with a message', async ({ page }) => {
    // Corrupt the store before the app's first script runs (a debounced save could otherwise overwrite it).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('corrupted') == null) {
        localStorage.setItem('fed:v1:state', '{"text": 42, broken');
        sessionStorage.setItem('corrupted', '1');
      }
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('damaged');
    await paste(page, 'APIError(code=-2019): Margin is insufficient.');
    await expect(findings(page)).toHaveCount(1);
  });

  test('pasted text is shown as text, never as HTML', async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto('/');
    await paste(page, '<img src=x onerror=alert(1)> {"code":-1121,"msg":"Invalid symbol. <script>alert(2)</script>"}');
    await expect(findings(page)).toHaveCount(1);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Your paste, with the errors marked' })).toContainText('<img src=x onerror=alert(1)>');
    expect(dialog).toBe(false);
  });

});

test.describe('large logs', () => {
  test('a large log is decoded in a worker with progress, and the page stays usable', async ({ page }) => {
    await page.goto('/');
    const line = '2026-01-01 10:00:00 INFO tick BTCUSDT bid=60000.1 ask=60000.2\n';
    const big = `${line.repeat(8000)}ERROR APIError(code=-2019): Margin is insufficient.\n${line.repeat(8000)}`;
    await paste(page, big);
    await expect(findings(page)).toHaveCount(1, { timeout: 20_000 });
    // The page stayed usable: the catalogue link still responds.
    await expect(page.getByRole('link', { name: 'Error catalogue' })).toBeEnabled();
    await expect(findings(page).first()).toContainText('-2019');
    await expect(page.getByRole('list', { name: 'Your paste, with the errors marked' }).getByRole('button')).toHaveAccessibleName(/Line 8001/);
  });

  test('a real Ctrl+V of a large log: the box shows a read-only preview, the whole text is decoded and kept', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const line = '2026-01-01 10:00:00 INFO tick BTCUSDT bid=60000.1 ask=60000.2\n';
    const big = `${line.repeat(30_000)}ERROR APIError(code=-2019): Margin is insufficient.\n${line.repeat(20_000)}WARNING {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}\n`;
    await page.evaluate((t) => navigator.clipboard.writeText(t), big);
    const box = page.getByLabel('Error or log text');
    await box.focus();
    await page.keyboard.press('Control+V');
    await expect(findings(page)).toHaveCount(2, { timeout: 20_000 });
    await expect(findings(page).nth(1)).toContainText('-1021');
    // The browser never laid out megabytes in the box: it holds the start of the text and says so.
    const shown = await box.inputValue();
    expect(shown.length).toBeLessThan(10_000);
    expect(big.startsWith(shown.split('\n…')[0] ?? '')).toBe(true);
    await expect(box).toHaveAttribute('readonly', '');
    await expect(page.getByText(/Showing the start of a large text/)).toBeVisible();
    await expect(page.getByText(`${(big.length).toLocaleString('en')} characters`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your paste, with the errors marked' }).getByRole('button').first()).toHaveAccessibleName(/Line 30001/);
    // Clear gives back an editable box.
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('');
    await expect(box).not.toHaveAttribute('readonly', '');
  });

});

test.describe('keyboard, layout and accessibility', () => {
  test('works by keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Error or log text').focus();
    await page.keyboard.type('APIError(code=-2019): Margin is insufficient.');
    await expect(findings(page)).toHaveCount(1);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12; i++) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes('-2019')) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.locator(':focus')).toContainText('-2019');
    await page.keyboard.press('Enter');
    await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('-2019');
  });

  test('nothing overflows sideways, on a desktop or a phone, with a diagnosis and its code shown', async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      await paste(page, '{"code":-2021,"msg":"Order would immediately trigger."}\nAPIError(code=-2019): Margin is insufficient.');
      await expect(findings(page)).toHaveCount(2);
      await expect(diagnosis(page).getByRole('group', { name: 'Which API answered this error?' })).toBeVisible();
      // Every block fits the page; long code lines scroll inside their own box.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.closest('pre') == null && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      );
      expect(wide, `at ${width} px`).toEqual([]);
    }
  });

  test('has no axe violations with findings and a diagnosis, in light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.getByRole('button', { name: 'Bot log' }).click();
      await expect(findings(page)).toHaveCount(3);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
