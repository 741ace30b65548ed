// The catalogues beyond the trading pages: SAPI (+ Institutional Loan, codes seen live), Options,
// Binance.US, WebSocket streams, Binance Link, and the hand-checked collisions in the derived facts.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, DERIVED, entriesForCode, entryFor, loadChinese, loadDetails, otherMeanings, renumberedTwins } from './index';
import { splitTemplate } from './template';

const messageCount = (p: keyof typeof CATALOGUES): number => CATALOGUES[p].entries.reduce((n, e) => n + e.messages.length, 0);
const codes = (p: keyof typeof CATALOGUES): number[] => CATALOGUES[p].entries.map((e) => e.code);

describe('catalogues beyond the trading pages: fixed counts', () => {
  it('has SAPI: 236 codes of the shared page, 34 of Institutional Loan, 7 seen live, 2 from its tables, and 2 seen live in threads (scripts/seen-live.json)', () => {
    const sapi = CATALOGUES.sapi.entries;
    expect(sapi).toHaveLength(281);
    expect(sapi.filter((e) => e.family === 'institutional-loan')).toHaveLength(34);
    expect(sapi.filter((e) => e.unofficial === true).map((e) => e.code).sort((a, b) => a - b)).toEqual([-11008, -9000, -5013, -4104, -4009, -2008, 100001002, 100001003, 200003903]);
    expect(new Set(codes('sapi')).size).toBe(sapi.length);
    expect(messageCount('sapi')).toBe(395);
  });

  it('has Options (122), Binance.US (46 + two table codes), WebSocket streams (0–3) and Binance Link (16 positive codes)', () => {
    expect(CATALOGUES.options.entries).toHaveLength(122);
    expect(messageCount('options')).toBe(138);
    expect(CATALOGUES.us.entries).toHaveLength(48);
    expect(codes('wsapi').sort()).toEqual([0, 1, 2, 3]);
    expect(CATALOGUES.link.entries).toHaveLength(16);
    expect(codes('link').every((c) => c > 0)).toBe(true);
    expect(CATALOGUES.wsapi.listenKeys?.map((r) => r.code)).toEqual([-1125, -2035, -2036, -3038]);
  });

  it('keeps the pages verbatim: typos, duplicates merged with a note, codes seen live marked unofficial', () => {
    expect(entryFor('sapi', -4005)?.name).toBe('CAPAITAL_TOO_MANY_REQUEST');
    expect(entryFor('options', -1130)?.messages.map((m) => m.text)).toContain('Data sent for paramter %s is not valid.');
    expect(entryFor('options', -5004)?.messages[0]?.text).toBe('Invite code has bean used');
    const dup = entryFor('sapi', -5012);
    expect(dup?.name).toBe('TRANSFER_PENDING');
    expect(dup?.messages.map((m) => m.text)).toEqual(['Asset transfer is in pending.', 'future account or sub relation not exists.']);
    const observed = entryFor('sapi', -9000);
    expect(observed).toMatchObject({ unofficial: true, family: 'unofficial' });
    expect(observed?.messages.every((m) => m.origin === 'unofficial')).toBe(true);
    // An official code with a live wording the page does not give keeps both, the live one marked.
    expect(entryFor('sapi', -12014)?.messages.map((m) => [m.text, m.origin])).toEqual([
      ['More than 1 request in 2 seconds', 'page'],
      ['More than 1 request in 3 seconds', 'unofficial'],
    ]);
    expect(entryFor('sapi', -1099)?.messages[0]).toMatchObject({ text: 'Not found, authenticated, or authorized', origin: 'heading' });
  });

  it('splits Java-style placeholders like %s', () => {
    expect(splitTemplate('The new address needs to be withdrawn in {0} hours.')).toEqual({ parts: ['The new address needs to be withdrawn in ', ' hours.'], slots: ['s'] });
    const m = entryFor('sapi', -27009)?.messages[0];
    expect(m?.slots).toHaveLength(3);
  });

  it('keeps Chinese text and notes out of the catalogues loaded first, and loads them on demand', async () => {
    expect(JSON.stringify(CATALOGUES.sapi)).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = await loadChinese('sapi');
    expect(zh.messages['-3045']?.[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.families['13xxx']).toBe('13xxx - 杠杆代币');
    const details = await loadDetails();
    expect(details.notes.spot?.['-1135']?.join(' ')).toMatch(/testnet/);
    expect(details.descriptions.wsapi?.['0']?.['Unknown property']).toMatch(/SET_PROPERTY/);
  });
});

describe('derived facts across all products', () => {
  it('knows the wallet, asset and savings codes that mean other things on futures and Options', () => {
    const sapi4026 = entryFor('sapi', -4026);
    expect(sapi4026?.name).toBe('CAPITAL_WITHDRAW_USER_ASSET_NOT_ENOUGH');
    expect(otherMeanings(sapi4026!).map((e) => `${e.product}:${e.name}`)).toEqual(['usdm:COMMISSION_INVALID', 'coinm:COMMISSION_INVALID', 'pm:COMMISSION_INVALID']);
    expect(otherMeanings(entryFor('options', -6012)!).map((e) => e.product)).toEqual(['sapi']);
    expect(DERIVED.collisions.find((c) => c.code === -5021)?.verdict).toMatch(/different meaning/);
  });

  it('does not call a code "something else" where the hand-checked table says it means the same', () => {
    for (const code of [-1000, -1003, -1111, -1125, -2015, -3029]) expect(DERIVED.collisions.some((c) => c.code === code), String(code)).toBe(false);
    // -1008: Options alone means a rate limit; Spot, SAPI and the futures pages mean an overload.
    const c1008 = DERIVED.collisions.find((c) => c.code === -1008);
    expect(c1008?.meanings.map((m) => [...m.products].sort())).toEqual([['coinm', 'pm', 'sapi', 'spot', 'us', 'usdm'], ['options']]);
    expect(otherMeanings(entryFor('sapi', -1008)!).map((e) => e.product)).toEqual(['options']);
  });

  it('follows a meaning to its number on another product', () => {
    expect(renumberedTwins(entryFor('options', -1008)!).map((t) => `${t.product}:${t.code}`)).toContain('usdm:-1003');
    expect(renumberedTwins(entryFor('sapi', -3006)!)).toEqual([{ product: 'pm', code: 51006 }]);
    expect(entriesForCode(100001001).map((e) => e.product)).toEqual(['link']);
  });
});
