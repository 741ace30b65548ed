import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoinm, buildHttp, buildPm, buildSpot, buildUsdm, detailsOf, foundingChinese, parseFoundingPage, sourceDir, storedCatalogue } from '../../../scripts/catalogue-sources';
import { applySeenLive, buildLink, buildOptions, buildSapi, buildUs, buildWsapi, readCollisions } from '../../../scripts/catalogue-more';
import { deriveFacts } from './derive';
import { CATALOGUES, DERIVED, FOUNDING_PRODUCTS, HTTP_CATALOGUE, entryFor, otherMeanings, renumberedTwins } from './index';
import { splitTemplate } from './template';

const root = resolve(import.meta.dirname, '../../..');
const dir = sourceDir(root);
const messageCount = (p: keyof typeof CATALOGUES): number => CATALOGUES[p].entries.reduce((n, e) => n + e.messages.length, 0);

describe('generated catalogues: fixed counts', () => {
  it('has every product with the counts the official pages give', () => {
    expect(CATALOGUES.coinm.entries).toHaveLength(155);
    expect(CATALOGUES.usdm.entries).toHaveLength(207); // 205 on the page + -4531 from the change log + -5000 seen live (scripts/seen-live.json)
    expect(CATALOGUES.spot.entries).toHaveLength(106); // 104 on the page + -1010, -2038 from the table heading
    expect(CATALOGUES.pm.entries).toHaveLength(180);
    expect(messageCount('coinm')).toBe(197);
    expect(messageCount('pm')).toBe(216);
  });

  it('keeps the founding page quirks verbatim', () => {
    expect(entryFor('coinm', -2019)?.name).toBe('MARGIN_NOT_SUFFICIEN');
    expect(entryFor('coinm', -1000)?.messages[0]?.text).toContain('occured');
    expect(entryFor('coinm', -4155)?.messages.map((m) => m.text)).toContain('PStop price is lower than price multiplier floor.');
  });

  it('marks every placeholder so a matcher can compile it', () => {
    const e = entryFor('coinm', -1015);
    const m = e?.messages.find((x) => x.slots.length === 2);
    expect(m?.parts).toEqual(['Too many new orders; current limit is ', ' orders per ', '.']);
    expect(splitTemplate("Target strategy invalid for orderType '%s',reduceOnly '%b'.").slots).toEqual(['s', 'b']);
    expect(splitTemplate("Working order must include the '{param}' tag.").slots).toEqual(['s']);
    for (const p of Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])
      for (const e2 of CATALOGUES[p].entries)
        for (const msg of e2.messages) expect(msg.parts.length).toBe(msg.slots.length + 1);
  });

  it('derives the codes that mean different things in different products', () => {
    const founding = DERIVED.collisions.filter((c) => c.meanings.filter((m) => m.products.some((p) => FOUNDING_PRODUCTS.includes(p))).length > 1);
    expect(founding.map((c) => c.code)).toEqual([-1108, -2021, -2022, -2026, -4087, -4088, -4202, -5041]);
    const coinm4087 = entryFor('coinm', -4087);
    expect(coinm4087?.name).toBe('INVALID_PAIR');
    expect(otherMeanings(coinm4087!).map((e) => `${e.product}:${e.name}`)).toEqual(['usdm:REDUCE_ONLY_ORDER_PERMISSION', 'pm:REDUCE_ONLY_ORDER_PERMISSION']);
  });

  it('derives the meanings that moved to another number', () => {
    const foundingCodes = (r: (typeof DERIVED.renumbered)[number]): Set<number> => new Set(FOUNDING_PRODUCTS.flatMap((p) => (r.codes[p] === undefined ? [] : [r.codes[p]])));
    expect(DERIVED.renumbered.filter((r) => foundingCodes(r).size > 1)).toHaveLength(28);
    expect(renumberedTwins(entryFor('coinm', -4178)!)).toEqual([
      { product: 'usdm', code: -4164 },
      { product: 'pm', code: -4164 },
    ]);
    expect(renumberedTwins(entryFor('usdm', -5026)!)).toEqual([{ product: 'coinm', code: -4198 }]);
    expect(renumberedTwins(entryFor('usdm', -1021)!)).toEqual([]);
  });

  it('carries the HTTP-level responses with the four 503 variants', () => {
    const s503 = HTTP_CATALOGUE.statuses.find((s) => s.status === 503);
    expect(s503?.variants.map((v) => v.id)).toEqual(['unknown-error', 'service-unavailable', 'internal-error', 'throttled']);
    expect(HTTP_CATALOGUE.statuses.map((s) => s.id)).toEqual(['4xx', '403', '408', '409', '418', '429', '451', '5xx', '503']);
  });
});

describe.runIf(dir != null)('generated catalogues equal the official pages', () => {
  const d = dir ?? '';
  const data = (name: string): unknown => JSON.parse(readFileSync(resolve(root, 'src/core/catalogue/data', name), 'utf8'));
  // NOTE: built only when the official pages are present (describe bodies run even when skipped).
  const more = dir == null ? [] : [buildSapi(d), buildOptions(d), buildUs(d), buildWsapi(d), buildLink(d)];
  const built = dir == null ? [] : [buildUsdm(d), buildCoinm(d), buildSpot(d), buildPm(d), ...more.map((b) => b.catalogue)];
  applySeenLive(built);
  const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

  it.each(built.map((c) => [c.product, c] as const))('%s equals its source', (product, c) => {
    expect(data(`${product}.json`)).toEqual(plain(storedCatalogue(c)));
  });

  it('keeps Chinese text, notes and table descriptions in files of their own, equal to their sources', () => {
    for (const zh of [...foundingChinese(d), ...more.map((b) => b.zh)]) expect(data(`${zh.product}.zh.json`), zh.product).toEqual(plain(zh));
    expect(data('details.json')).toEqual(plain(detailsOf(built)));
  });

  it('http and derived facts equal their sources', () => {
    expect(data('http.json')).toEqual(plain(buildHttp(d)));
    expect(data('derived.json')).toEqual(plain(deriveFacts(built, readCollisions(d))));
  });

  it('has every code and message of the founding COIN-M page (151 codes, 185 messages, 29 templates)', () => {
    const founding = parseFoundingPage(readFileSync(resolve(d, 'coinm-error-codes.txt'), 'utf8'));
    expect(founding.entries).toHaveLength(151);
    const messages = founding.entries.flatMap((e) => e.messages);
    expect(messages).toHaveLength(185);
    expect(messages.filter((m) => /%[sbd]/.test(m))).toHaveLength(29);
    expect(founding.families.map((f) => f.id)).toEqual(['10xx', '11xx', '20xx', '40xx']);
    for (const f of founding.entries) {
      const e = entryFor('coinm', f.code);
      expect(e?.name, `${f.code}`).toBe(f.name);
      expect(e?.family).toBe(f.family);
      for (const m of f.messages) expect(e?.messages.map((x) => x.text)).toContain(m);
    }
  });
});
