import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.describe('catalogue browser', () => {
  test('finds an entry by code, by name and by message words, filtered by product', async ({ page }) => {
    await page.goto('/#/catalogue');
    const search = page.getByLabel('Search the catalogue');
    await search.fill('4164');
    const entries = page.getByRole('list', { name: 'Catalogue entries' }).getByRole('article');
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText('MIN_NOTIONAL');
    await expect(entries.first()).toContainText('USD-M Futures');
    await expect(entries.first()).toContainText('COIN-M Futures -4178');

    await search.fill('MARGIN_NOT_SUFFICIEN');
    await page.getByLabel('Product').selectOption('coinm');
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText('-2019');

    await page.getByLabel('Product').selectOption('spot');
    await search.fill('Filter failure LOT_SIZE');
    await expect(entries.first()).toContainText('-1013');
    await expect(entries.first()).toContainText('Filter failure: LOT_SIZE');
  });

  test('shows where the same code means something else in another product', async ({ page }) => {
    await page.goto('/#/catalogue');
    await page.getByLabel('Search the catalogue').fill('-4087');
    await page.getByLabel('Product').selectOption('coinm');
    const entry = page.getByRole('article', { name: /-4087 INVALID_PAIR/ });
    await expect(entry).toContainText('Means something else elsewhere');
    await expect(entry).toContainText('REDUCE_ONLY_ORDER_PERMISSION');
  });

  test('shows the products beyond the trading pages: a SAPI wallet code, its futures namesake, and a stream code', async ({ page }) => {
    await page.goto('/#/catalogue');
    const search = page.getByLabel('Search the catalogue');
    await search.fill('-4026');
    await page.getByLabel('Product').selectOption('sapi');
    const entry = page.getByRole('article', { name: /-4026 CAPITAL_WITHDRAW_USER_ASSET_NOT_ENOUGH/ });
    await expect(entry).toContainText('SAPI (wallet, margin, sub-account …)');
    await expect(entry).toContainText('You have insufficient balance.');
    await expect(entry).toContainText('Means something else elsewhere');
    await expect(entry).toContainText('COMMISSION_INVALID');

    await search.fill('-9000');
    await expect(page.getByRole('article').first()).toContainText('Known, unofficial');

    await page.getByLabel('Product').selectOption('wsapi');
    await search.fill('');
    await expect(page.getByRole('list', { name: 'Catalogue entries' }).getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('table', { name: /listenKey/ })).toContainText('LISTEN_KEY_NOT_FOUND');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test('says so when nothing matches, and is usable by keyboard alone', async ({ page }) => {
    await page.goto('/#/catalogue');
    // Wait until the page is rendered before the first key press (under load the first Tab can land too early).
    await expect(page.getByLabel('Search the catalogue')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    for (let i = 0; i < 6 && !(await page.getByLabel('Search the catalogue').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(page.getByLabel('Search the catalogue')).toBeFocused();
    await page.keyboard.type('qqqzzzxxx nothing');
    await expect(page.getByRole('status').filter({ hasText: 'No entry matches.' })).toBeVisible();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/#/catalogue');
    await page.getByLabel('Search the catalogue').fill('-1021');
    await expect(page.getByRole('article').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
