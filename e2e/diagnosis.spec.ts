import { expect, test, type Page } from '@playwright/test';

const PASTE = `POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT&side=BUY&type=LIMIT&positionSide=BOTH&quantity=0.001&price=30000
binance.exceptions.BinanceAPIException: APIError(code=-4061): Order's position side does not match user's setting.`;

const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });
const questions = (page: Page) => diagnosis(page).getByRole('region', { name: 'Questions' });

test('walk a tree: the paste answers a question, the user answers the next, overrides the first, and a reload keeps it all', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Error or log text').fill(PASTE);
  await expect(diagnosis(page).getByRole('heading', { level: 3 })).toContainText('-4061');
  // Meaning and retry verdict first.
  await expect(diagnosis(page)).toContainText('position mode');
  await expect(diagnosis(page)).toContainText('Fix first');
  // Answered from the paste, with the evidence.
  await expect(questions(page)).toContainText('answered from your paste: your request carried positionSide=BOTH');
  // One question at a time.
  const next = questions(page).getByRole('group');
  await expect(next).toHaveCount(1);
  await expect(next).toContainText('Hedge Mode');
  await next.getByRole('button', { name: 'Yes, Hedge Mode' }).click();
  await expect(diagnosis(page).getByRole('heading', { name: 'Likely causes, most likely first' })).toBeVisible();
  const causes = diagnosis(page).getByRole('region', { name: 'Likely causes' }).getByRole('heading', { level: 5 });
  const rankedFirst = await causes.first().innerText();
  // Code for the detected library, chosen once for the page.
  await expect(diagnosis(page).getByRole('combobox', { name: 'Code examples in' })).toHaveValue('python-binance');
  await expect(diagnosis(page).getByRole('option', { name: 'python-binance (in your paste)' })).toHaveCount(1);
  await expect(diagnosis(page).getByRole('button', { name: /^Copy .+ code$/ }).first()).toHaveText('Copy python-binance code');
  // Override the paste's answer: Change reopens the question, on the paste's answer.
  await questions(page).getByRole('button', { name: /Change the answer to: What positionSide/ }).click();
  const reopened = questions(page).getByRole('group', { name: /What positionSide/ });
  await expect(reopened.getByRole('button', { pressed: true })).toHaveCount(1);
  await reopened.getByRole('button', { pressed: false }).first().click();
  await expect(questions(page)).toContainText('your paste suggested otherwise');
  await page.waitForTimeout(500);
  await page.reload();
  await expect(questions(page)).toContainText('your paste suggested otherwise');
  // Back, then start over: the paste's answer stands again.
  await questions(page).getByRole('button', { name: 'Start over' }).click();
  await expect(questions(page)).toContainText('answered from your paste');
  await expect(questions(page).getByRole('group')).toContainText('Hedge Mode');
  expect(rankedFirst.length).toBeGreaterThan(5);
});

test('placeholder values feed the advice: notional compared with price × quantity', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Error or log text').fill(
    `POST /fapi/v1/order symbol=BTCUSDT&price=30000&quantity=0.001\n{"code":-4164,"msg":"Order's notional must be no smaller than 100 (unless you choose reduce only)"}`,
  );
  await expect(diagnosis(page).getByRole('list', { name: 'From your paste' })).toContainText('30000 × 0.001 = 30, below the minimum of 100');
  await expect(questions(page)).toContainText('answered from your paste');
});
