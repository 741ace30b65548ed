// Every code of the page the product was founded on (COIN-M, 151 codes) decodes in three shapes: a dapi JSON
// body, `CODE NAME`, and its message alone. The page is read from ../shared/catalogues when it is there;
// otherwise every COIN-M entry of the generated data (which holds the founding page) stands in for it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFoundingPage, sourceDir } from '../../scripts/catalogue-sources';
import { allEntries, CATALOGUES } from './catalogue/index';
import { decode } from './index';

interface Founding {
  code: number;
  name: string;
  messages: string[];
}

const dir = sourceDir(resolve(import.meta.dirname, '../..'));
const founding: Founding[] =
  dir != null
    ? parseFoundingPage(readFileSync(resolve(dir, 'coinm-error-codes.txt'), 'utf8')).entries
    : CATALOGUES.coinm.entries.map((e) => ({ code: e.code, name: e.name ?? '', messages: e.messages.map((m) => m.text) }));

/** Plausible values for a message's placeholders, from the words before each one. */
const FILLS: [RegExp, string][] = [
  [/until $/, '1700000000000'],
  [/legal range is '$/, '^[0-9]{1,20}$'],
  [/(?:read|sent|expected|received) '$/, '3'],
  [/'$/, 'quantity'],
  [/^$/, 'Commission'],
  [/working type: $/, 'CONTRACT_PRICE'],
];
const fill = (message: string): string =>
  message.replace(/%[sbd]/g, (slot, at: number, whole: string) => {
    if (slot === '%b') return 'true';
    const before = whole.slice(0, at);
    return FILLS.find(([re]) => re.test(before))?.[1] ?? '5';
  });

/** The codes carrying each message text: on the founding page, and in every catalogue. */
const onPage = new Map<string, Set<number>>();
for (const e of founding) for (const m of e.messages) onPage.set(m, new Set([...(onPage.get(m) ?? []), e.code]));
const anywhere = new Map<string, Set<number>>();
for (const e of allEntries()) for (const m of e.messages) anywhere.set(m.text, new Set([...(anywhere.get(m.text) ?? []), e.code]));

const messageCases = founding.flatMap((e) => e.messages.filter((m) => onPage.get(m)?.size === 1).map((m) => [e.code, m] as const));

describe('the founding COIN-M page decodes, every code in three shapes', () => {
  it('is the whole page', () => {
    expect(founding.length).toBeGreaterThanOrEqual(151);
    if (dir != null) expect(founding).toHaveLength(151);
  });

  it.each(founding.flatMap((e) => e.messages.map((m) => [e.code, m] as const)))('a dapi JSON body: %i %s', (code, message) => {
    const f = decode(`POST https://dapi.binance.com/dapi/v1/order\n{"code":${code},"msg":"${fill(message)}"}`).findings;
    expect(f.map((x) => x.code)).toEqual([code]);
    expect(f[0]).toMatchObject({ known: true, product: 'coinm', matchedBy: 'code' });
    expect(f[0]?.conflict).toBeUndefined();
  });

  it.each(founding.map((e) => [e.code, e.name] as const))('CODE NAME: %i %s', (code, name) => {
    const f = decode(`${code} ${name}`).findings;
    expect(f.map((x) => x.code)).toEqual([code]);
    expect(f[0]).toMatchObject({ known: true, name, matchedBy: 'code' });
    expect(f[0]?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each(messageCases)('the message alone: %i %s', (code, message) => {
    const f = decode(fill(message)).findings;
    expect(f).toHaveLength(1);
    // A message that another product carries under another number (COIN-M -4178 is USD-M -4164) cannot say
    // which of them it is by itself: the COIN-M code is then one of the finding's candidates.
    if (anywhere.get(message)?.size === 1) expect(f[0]?.code).toBe(code);
    else expect([f[0]?.code, ...(f[0]?.candidates.filter((c) => c.source === 'coinm').map((c) => c.code) ?? [])]).toContain(code);
  });
});
