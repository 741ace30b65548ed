import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });

test('a paste that does not say which API answered: the diagnosis asks first, by keyboard, and answers after', async ({ page }) => {
  await page.goto('/');
  // -2011 "Unknown order sent." is a row of Spot's table and only quoted on USD-M's page: the paste alone cannot say which.
  await page.getByLabel('Error or log text').fill('{"code":-2011,"msg":"Unknown order sent."}');
  await expect(findings(page)).toHaveCount(1);
  await expect(findings(page).first()).toContainText('product unknown');

  const question = diagnosis(page).getByRole('group', { name: 'Which API did you call?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('radio', { name: /^Spot/ })).toBeVisible();
  await expect(question.getByRole('radio', { name: /^USD-M Futures/ })).toBeVisible();
  for (const radio of await question.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  // Nothing that depends on the answer shows before it: no meaning, retry advice or causes.
  await expect(diagnosis(page).locator('.meaning, .verdict')).toHaveCount(0);
  // Each answer shows what the code reads as there.
  await expect(question).toContainText('Unknown order sent.');
  await expect(question).toContainText('Cancel request failure as open order not found in the orderbook');

  // Keyboard only: reach the first answer with Tab, take it with Space.
  await diagnosis(page).getByRole('heading', { level: 3 }).focus();
  await page.keyboard.press('Tab');
  const first = question.getByRole('radio').first();
  await expect(first).toBeFocused();
  const firstName = (await first.getAttribute('value')) ?? '';
  await page.keyboard.press('Space');

  const picker = diagnosis(page).getByRole('group', { name: 'Which API answered this error?' });
  await expect(picker).toContainText('You chose');
  await expect(picker.locator(`input[value="${firstName}"]`)).toBeChecked();
  await expect(picker.locator(`input[value="${firstName}"]`)).toBeFocused();
  await expect(diagnosis(page).locator('.meaning')).toBeVisible();
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('-2011 CANCEL_REJECTED');

  // The answer can be changed from the keyboard too; the findings follow it.
  await picker.getByRole('radio', { name: /^USD-M Futures/ }).focus();
  await page.keyboard.press('Space');
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('USD-M Futures');
  await expect(findings(page).first()).toContainText('USD-M Futures');
});

test('a paste that says which API answered asks nothing: a USD-M cancel on fapi reads as USD-M', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Error or log text').fill('DELETE https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&orderId=42 400 {"code":-2011,"msg":"Unknown order sent."}');
  await expect(findings(page)).toHaveCount(1);
  await expect(findings(page).first()).toContainText('USD-M Futures');
  await expect(diagnosis(page).getByRole('group', { name: 'Which API did you call?' })).toHaveCount(0);
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('USD-M Futures');
  await expect(diagnosis(page).locator('.meaning')).toBeVisible();
});

test('an error that means the same everywhere: meaning and verdict at once, the API asked before the causes, "Not sure" shows the most pasted', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Error or log text').fill('{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}');
  await expect(findings(page)).toHaveCount(1);
  await expect(findings(page).first()).toContainText('API not said');
  // The meaning and the verdict do not depend on the API: they show before the answer.
  await expect(diagnosis(page).locator('.meaning')).toBeVisible();
  await expect(diagnosis(page).locator('.verdict')).toContainText('Fix first');
  const question = diagnosis(page).getByRole('group', { name: 'Which API did you call?' });
  await expect(question).toContainText('The meaning is the same on each API');
  // The causes name endpoints and carry code: not before the answer.
  await expect(diagnosis(page).getByRole('region', { name: 'Likely causes' })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await expect(diagnosis(page)).not.toContainText('/fapi/');

  await question.getByRole('radio', { name: /^Not sure/ }).click();
  const picker = diagnosis(page).getByRole('group', { name: 'Which API answered this error?' });
  await expect(picker.getByRole('radio', { name: /^Spot/ })).toBeChecked();
  await expect(diagnosis(page).getByRole('region', { name: /causes/i })).toBeVisible();
  await expect(diagnosis(page)).not.toContainText('/fapi/');
  await expect(findings(page).first()).toContainText('Spot');

  // Another API from the picker: the causes follow it.
  await picker.getByRole('radio', { name: /^USD-M Futures/ }).check();
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('USD-M Futures');
  await expect(diagnosis(page)).toContainText('/fapi/v1/time');
});
