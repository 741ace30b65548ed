import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { botLog300 } from './logs';
import { layoutShift, watchLayoutShift } from './layout-shift';

const LOG = botLog300();
const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1440, height: 900 }],
] as const;

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });
const diagnosisHeading = (page: Page) => diagnosis(page).getByRole('heading', { level: 3 });
const pasteView = (page: Page) => page.getByRole('list', { name: 'Your paste, with the errors marked' });
const firstCause = (page: Page) => diagnosis(page).getByRole('region', { name: 'Likely causes' }).getByRole('listitem').first();

/** The top of an element in the viewport, in CSS pixels. */
const top = (l: Locator): Promise<number> => l.evaluate((el) => Math.round(el.getBoundingClientRect().top));

/** Records a measured position in the report and on the console. */
function note(what: string, value: string): void {
  test.info().annotations.push({ type: what, description: value });
  console.log(`${test.info().project.name} ${what}: ${value}`);
}

/** Does the element hold the focus (or is it the focus)? */
const holdsFocus = (l: Locator): Promise<boolean> => l.evaluate((el) => el.contains(document.activeElement));

/** The findings as the list shows them: verdict, first line and text, in order. */
async function listed(page: Page): Promise<{ text: string; rank: number; firstLine: number }[]> {
  const ranks: [RegExp, number][] = [
    [/Status unknown/, 0],
    [/Do not retry/, 1],
    [/Fix first/, 2],
    [/Retry after a wait|Safe to retry/, 3],
    [/Nothing to do/, 4],
  ];
  return (await findings(page).allInnerTexts()).map((text) => ({
    text,
    rank: ranks.find(([re]) => re.test(text))?.[1] ?? -1,
    firstLine: Number(/line (\d+)/.exec(text)?.[1] ?? NaN),
  }));
}

type Device = (typeof VIEWPORTS)[number][0];
type Viewport = (typeof VIEWPORTS)[number][1];
interface Check {
  page: Page;
  browser: Browser;
  baseURL: string | undefined;
  device: Device;
  viewport: Viewport;
}

/** The checks, each run on a phone and on a desktop. */
const CHECKS: [string, (c: Check) => Promise<void>][] = [
  [
    'after pasting a real 300-line log, the findings and the diagnosis are where the eye is',
    async ({ page, device }) => {
      await page.goto('/');
      await page.getByLabel('Error or log text').fill(LOG);
      await expect(findings(page).first()).toBeVisible();
      await expect(diagnosisHeading(page)).toBeVisible();
      const positions = async (): Promise<string> =>
        (await Promise.all([findings(page).first(), diagnosisHeading(page), firstCause(page), diagnosis(page).getByRole('button', { name: 'Share link' })].map(top))).join(' / ');
      note('right after the paste: first finding / diagnosis title / first cause / Share link y', await positions());
      if (device === 'desktop') {
        // Side by side: the first finding and the chosen diagnosis are in view without scrolling.
        await expect(findings(page).first()).toBeInViewport();
        await expect(diagnosisHeading(page)).toBeInViewport();
        await expect(page.getByRole('link', { name: /errors? ·/ })).toBeHidden();
      } else {
        // A phone: the result in one line right under the box, which takes the reader to the findings.
        const summary = page.getByRole('link', { name: /^\d+ errors · \d+ needs? action now$/ });
        await expect(summary).toBeInViewport();
        expect(await top(summary)).toBeGreaterThan(await top(page.getByLabel('Error or log text')));
        await summary.click();
        await expect(page.getByRole('heading', { name: 'Findings' })).toBeFocused();
        await expect(findings(page).first()).toBeInViewport();
        note('after the summary link: first finding y', String(await top(findings(page).first())));
        await findings(page).first().getByRole('button').click();
        await expect(diagnosisHeading(page)).toBeFocused();
        await expect(diagnosisHeading(page)).toBeInViewport();
      }
      if (device === 'phone') note('after choosing the first finding: first finding / diagnosis title / first cause / Share link y', await positions());
      // Share and Copy as Markdown sit at the top of the diagnosis, above the finding's title.
      const share = diagnosis(page).getByRole('button', { name: 'Share link' });
      const copy = diagnosis(page).getByRole('button', { name: 'Copy as Markdown' });
      await expect(share).toBeInViewport();
      await expect(copy).toBeInViewport();
      expect(await top(share)).toBeLessThan(await top(diagnosisHeading(page)));
    },
  ],
  [
    'choosing a finding moves focus to its diagnosis, in view; the page does not scroll to the paste view',
    async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Error or log text').fill(LOG);
      await expect(findings(page)).not.toHaveCount(0);
      const count = await findings(page).count();
      const last = findings(page).nth(count - 1);
      const code = /^(HTTP \d+|-\d+)/.exec(await last.innerText())?.[1] ?? '';
      await last.getByRole('button').click();
      await expect(diagnosisHeading(page)).toContainText(code);
      await expect(diagnosisHeading(page)).toBeFocused();
      await expect(diagnosisHeading(page)).toBeInViewport();
      // A marked line in the paste view chooses its finding the same way: the reader goes to the diagnosis.
      const line = pasteView(page).getByRole('button').first();
      const lineCode = /^Line \d+: (HTTP \d+|-\d+)/.exec(await line.innerText())?.[1];
      await line.click();
      if (lineCode !== undefined) await expect(diagnosisHeading(page)).toContainText(lineCode);
      await expect(diagnosisHeading(page)).toBeFocused();
      await expect(diagnosisHeading(page)).toBeInViewport();
    },
  ],
  [
    'findings by danger first, then by first occurrence, each with its count and when it was first and last seen',
    async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Bot log' }).click();
      await expect(findings(page)).toHaveCount(3);
      await expect(findings(page).nth(0)).toContainText('-1007');
      await expect(findings(page).nth(0)).toContainText('Status unknown — query the order first');
      await expect(findings(page).nth(1)).toContainText('-2022');
      await expect(findings(page).nth(2)).toContainText('-4046');
      await expect(findings(page).nth(2)).toContainText('once · at 2026-03-01 09:00:01 (line 2)');
      // The most urgent one is chosen first.
      await expect(diagnosisHeading(page)).toContainText('-1007');

      await page.getByLabel('Error or log text').fill(LOG);
      await expect.poll(() => findings(page).count()).toBeGreaterThan(4);
      const items = await listed(page);
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1], items[i]];
        expect(a !== undefined && b !== undefined && (a.rank < b.rank || (a.rank === b.rank && a.firstLine < b.firstLine)), `${a?.text}\n---\n${b?.text}`).toBe(true);
      }
      // Log times where the lines carry them, else line numbers; and the count.
      const lines = LOG.split('\n');
      const at = (needle: string): number[] => lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
      const cancel = at('-2011 Unknown order sent.');
      const time = (n: number): string => /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.exec(lines[n - 1] ?? '')?.[0] ?? '';
      const first = time(cancel[0] ?? 0);
      const last = time(cancel.at(-1) ?? 0);
      const item = findings(page).filter({ hasText: '-2011 CANCEL_REJECTED' });
      await expect(item).toContainText(`${cancel.length} times · first ${first} (line ${cancel[0]}), last ${first.slice(0, 10) === last.slice(0, 10) ? last.slice(11) : last} (line ${cancel.at(-1)})`);
      const banned = at('IP banned until');
      await expect(findings(page).filter({ hasText: '-1003' })).toContainText(`${banned.length} times · first ${time(banned[0] ?? 0)} (line ${banned[0]})`);
      const unknown = findings(page).filter({ hasText: 'HTTP 503' });
      await expect(unknown).toContainText(/\d+ times · first on line \d+, last on line \d+/);
    },
  ],
  [
    'one library choice for the page, remembered across a reload; one Tab stop per snippet, within the width',
    async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Error or log text').fill(
        `POST https://fapi.binance.com/fapi/v1/order symbol=BTCUSDT&side=BUY&type=LIMIT&positionSide=BOTH&quantity=0.001&price=30000
    binance.exceptions.BinanceAPIException: APIError(code=-4061): Order's position side does not match user's setting.`,
      );
      await diagnosis(page).getByRole('button', { name: 'Yes, Hedge Mode' }).click();
      const picker = diagnosis(page).getByRole('combobox', { name: 'Code examples in' });
      await expect(picker).toHaveCount(1);
      await expect(picker).toHaveValue('python-binance');
      await expect(picker.getByRole('option', { name: 'python-binance (in your paste)' })).toHaveCount(1);
      await expect(diagnosis(page).getByRole('tab')).toHaveCount(0);
      const copies = diagnosis(page).getByRole('button', { name: /^Copy .+ code$/ });
      await expect(copies.first()).toHaveText('Copy python-binance code');
      await picker.selectOption('ccxt-js');
      await expect(copies.first()).toHaveText('Copy ccxt (JavaScript) code');
      expect(await copies.count()).toBeGreaterThan(1);
      await page.reload();
      await expect(picker).toHaveValue('ccxt-js');
      for (const name of await copies.allTextContents()) expect(name).toBe('Copy ccxt (JavaScript) code');
      // Each snippet is one Tab stop (its copy button) and its code wraps within the page.
      const snippets = await diagnosis(page)
        .getByRole('region', { name: 'Likely causes' })
        .evaluate((el) =>
          [...el.querySelectorAll('pre')].map((pre) => ({
            stops: [...(pre.parentElement?.querySelectorAll<HTMLElement>('a, button, input, select, textarea, [tabindex]') ?? [])].filter((e) => e.tabIndex >= 0).length,
            fits: pre.scrollWidth <= pre.clientWidth + 1 && pre.getBoundingClientRect().right <= document.documentElement.clientWidth,
          })),
        );
      expect(snippets.length).toBeGreaterThan(1);
      expect(snippets.every((s) => s.stops === 1 && s.fits), JSON.stringify(snippets)).toBe(true);
    },
  ],
  [
    'the paste view is one Tab stop, with the arrow keys inside',
    async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Bot log' }).click();
      await expect(findings(page)).toHaveCount(3);
      const view = pasteView(page);
      expect(await view.evaluate((el) => [...el.querySelectorAll<HTMLElement>('*')].filter((e) => e.tabIndex >= 0).length)).toBe(1);
      // Tab from the paste box until focus enters the view.
      await page.getByLabel('Error or log text').focus();
      let tabs = 0;
      while (!(await holdsFocus(view)) && tabs < 150) {
        await page.keyboard.press('Tab');
        tabs += 1;
      }
      const focused = view.locator(':focus');
      await expect(focused).toHaveAccessibleName(/^Line 5: -1007 TIMEOUT/);
      await page.keyboard.press('ArrowUp');
      await expect(focused).toHaveAccessibleName(/^Line 4: -2022 REDUCE_ONLY_REJECT/);
      await page.keyboard.press('ArrowUp');
      await expect(focused).toHaveAccessibleName(/^Line 2: -4046/);
      await page.keyboard.press('End');
      await expect(focused).toHaveAccessibleName(/^Line 5:/);
      await page.keyboard.press('Home');
      await expect(focused).toHaveAccessibleName(/^Line 2:/);
      // One more Tab leaves the view; Shift+Tab comes back to the same line.
      await page.keyboard.press('Tab');
      expect(await holdsFocus(view)).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expect(focused).toHaveAccessibleName(/^Line 2:/);
      await page.keyboard.press('Enter');
      await expect(diagnosisHeading(page)).toContainText('-4046');
      await expect(diagnosisHeading(page)).toBeFocused();
    },
  ],
  [
    'the walk: numbered causes with readable titles, re-ranked after every answer; Change reopens the question and keeps the other answers',
    async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Error or log text').fill('POST https://fapi.binance.com/fapi/v1/order 400 {"code":-1022,"msg":"Signature for this request is not valid."}');
      const questions = diagnosis(page).getByRole('region', { name: 'Questions' });
      const causes = diagnosis(page).getByRole('region', { name: 'Likely causes' });
      const firstTitle = causes.getByRole('heading', { level: 5 }).first();
      await expect(firstTitle).toHaveText('The secret is wrong, from another key, or from another environment');
      // Numbered, and a title at least as large as the text under it.
      const sizes = await causes.getByRole('listitem').first().evaluate((li) => ({
        number: getComputedStyle(li.querySelector('h5') ?? li, '::before').content,
        title: parseFloat(getComputedStyle(li.querySelector('h5') ?? li).fontSize),
        body: parseFloat(getComputedStyle(li.querySelector('p') ?? li).fontSize),
      }));
      expect(sizes.number).toMatch(/counter\(cause\)/);
      expect(sizes.title).toBeGreaterThanOrEqual(sizes.body);

      // The first answer, with a question still open, already re-ranks, and says so.
      await questions.getByRole('button', { name: 'Some work, this one fails' }).click();
      await expect(questions.getByRole('group')).toContainText('unusual characters');
      await expect(firstTitle).toHaveText('The parameters were changed after signing');
      await expect(causes.getByRole('heading', { level: 4 })).toContainText('so far');
      await expect(causes.getByRole('status')).toContainText('is now first');
      await questions.getByRole('button', { name: 'Yes' }).click();
      await expect(firstTitle).toHaveText('Characters that were not encoded the same way before and after signing');
      await expect(causes.getByRole('heading', { level: 4 })).toHaveText('Likely causes, most likely first');

      // Change reopens the first question as a choice, on its current answer.
      await questions.getByRole('button', { name: /Change the answer to: Do any signed calls work/ }).click();
      const reopened = questions.getByRole('group', { name: /Do any signed calls work/ });
      await expect(reopened.getByRole('button', { name: 'Some work, this one fails' })).toHaveAttribute('aria-pressed', 'true');
      await expect(reopened.getByRole('button', { name: 'Some work, this one fails' })).toBeFocused();
      await reopened.getByRole('button', { name: 'No signed call works' }).click();
      await expect(questions).toContainText('No signed call works');
      await expect(questions).not.toContainText('unusual characters');
      // Back to the first answer: the answer to the question it leads to applies again, without asking.
      await questions.getByRole('button', { name: /Change the answer to: Do any signed calls work/ }).click();
      await questions.getByRole('group', { name: /Do any signed calls work/ }).getByRole('button', { name: 'Some work, this one fails' }).click();
      await expect(questions.getByRole('listitem').filter({ hasText: 'unusual characters' })).toContainText('Yes');
      await expect(firstTitle).toHaveText('Characters that were not encoded the same way before and after signing');
      await expect(questions.getByRole('button', { name: /Change the answer to: Do any signed calls work/ })).toBeFocused();
    },
  ],
  [
    'no axe violations in light and dark: first visit, findings, and a diagnosis with a question answered',
    async ({ browser, baseURL, viewport }) => {
      for (const scheme of ['light', 'dark'] as const) {
        // A fresh browser for each scheme: the first visit has nothing stored.
        const context = await browser.newContext({ viewport, colorScheme: scheme, serviceWorkers: 'block', baseURL });
        const page = await context.newPage();
        await page.goto('/');
        const first = await new AxeBuilder({ page }).analyze();
        expect(first.violations.map((v) => `${scheme} first visit ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.getByLabel('Error or log text').fill(LOG);
        await expect(diagnosisHeading(page)).toBeVisible();
        await page.getByRole('button', { name: 'Bot log' }).click();
        await expect(findings(page)).toHaveCount(3);
        await findings(page).nth(1).getByRole('button').click();
        await diagnosis(page).getByRole('region', { name: 'Questions' }).getByRole('group').getByRole('button').first().click();
        await page.getByRole('button', { name: 'Share link' }).click();
        await page.getByRole('button', { name: 'Copy as Markdown' }).click();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      }
    },
  ],
  [
    'first visit: one sentence of what it does, examples named by what they show, and nothing moves (CLS 0)',
    async ({ page }) => {
      await watchLayoutShift(page);
      await page.goto('/');
      await expect(page.getByText(/^Paste a Binance API error or a whole bot log to see what each error means/)).toBeInViewport();
      for (const name of ['Not enough margin (-2019)', 'Clock ahead of Binance (-1021)', 'IP banned (-1003)', 'Order size off the lot step (-1013)', 'Bot log: 3 errors']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      }
      await expect(page.getByLabel('Error or log text')).toBeInViewport();
      // The lazily loaded parts arrive when the browser is idle; none of them may move what is on screen.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      const cls = await layoutShift(page);
      note('first-visit CLS', String(cls));
      expect(cls).toBe(0);
    },
  ],
];

for (const [device, viewport] of VIEWPORTS) {
  test.describe(`on a ${device} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });
    for (const [title, run] of CHECKS) test(title, ({ page, browser, baseURL }) => run({ page, browser, baseURL, device, viewport }));
  });
}
