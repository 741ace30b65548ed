import { describe, expect, it } from 'vitest';
import { majorSymbol } from './major-symbol';
import { ruleContext } from './testing';

describe('majorSymbol', () => {
  it('sees a major contract', () => {
    const a = majorSymbol(ruleContext({ code: -4131 }, { params: { symbol: 'BTCUSDT', type: 'MARKET' } }));
    expect(a).toEqual({ value: 'major', because: 'the symbol is BTCUSDT' });
    expect(majorSymbol(ruleContext({}, { params: { symbol: 'ETHUSD_PERP' } }))?.value).toBe('major');
  });
  it('stays silent for other symbols or none', () => {
    expect(majorSymbol(ruleContext({}, { params: { symbol: '1000PEPEUSDT' } }))).toBeUndefined();
    expect(majorSymbol(ruleContext({}, { params: { symbol: 'BTCUSDT_250328' } }))).toBeUndefined();
    expect(majorSymbol(ruleContext())).toBeUndefined();
  });
});
