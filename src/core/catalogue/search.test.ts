import { describe, expect, it } from 'vitest';
import { searchCatalogue } from './search';

const ids = (hits: ReturnType<typeof searchCatalogue>): string[] => hits.map((h) => `${h.entry.product}:${h.entry.code}`);

describe('searchCatalogue', () => {
  it('finds a code with or without its minus', () => {
    expect(ids(searchCatalogue('-4164'))).toEqual(['usdm:-4164', 'pm:-4164']);
    expect(ids(searchCatalogue('4164'))).toEqual(['usdm:-4164', 'pm:-4164']);
    expect(ids(searchCatalogue('- 2021', 'spot'))).toEqual(['spot:-2021']);
  });

  it('finds Portfolio Margin positive codes', () => {
    expect(ids(searchCatalogue('51061'))).toEqual(['pm:51061']);
  });

  it('finds the later products’ codes: 5 digits, Binance Link’s 9, the streams’ 0–3', () => {
    expect(ids(searchCatalogue('-13001'))).toEqual(['sapi:-13001']);
    expect(ids(searchCatalogue('100001001'))).toEqual(['link:100001001']);
    expect(ids(searchCatalogue('2', 'wsapi'))).toEqual(['wsapi:2']);
    expect(ids(searchCatalogue('4026'))).toEqual(['usdm:-4026', 'coinm:-4026', 'pm:-4026', 'sapi:-4026']);
  });

  it('finds constant names, typos kept', () => {
    expect(ids(searchCatalogue('MARGIN_NOT_SUFFICIEN', 'coinm'))).toEqual(['coinm:-2019']);
    expect(searchCatalogue('min_notional').map((h) => h.entry.name)).toContain('MIN_NOTIONAL');
  });

  it('finds words of a message, fuzzily', () => {
    const hits = searchCatalogue('timestamp outside recvWindow', 'usdm');
    expect(ids(hits).slice(0, 3)).toContain('usdm:-1021');
    expect(ids(searchCatalogue('Filter failure: LOT_SIZE', 'spot'))[0]).toBe('spot:-1013');
  });

  it('filters by product and lists everything for an empty query', () => {
    expect(searchCatalogue('', 'coinm')).toHaveLength(155);
    expect(searchCatalogue('zzqqxxyy nothing like it')).toEqual([]);
  });
});
