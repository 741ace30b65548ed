import { describe, expect, it } from 'vitest';
import { spotSymbolShape } from './spot-symbol-shape';
import { ruleContext } from './testing';

describe('spotSymbolShape', () => {
  it('answers unified for a slash or colon', () => {
    expect(spotSymbolShape(ruleContext({}, { endpoint: '/api/v3/order', params: { symbol: 'BTC/USDT' } }))).toEqual({ value: 'unified', because: 'your request carried symbol=BTC/USDT' });
  });

  it('answers futures for an underscore or 1000 prefix', () => {
    expect(spotSymbolShape(ruleContext({}, { params: { symbol: 'BTCUSD_PERP' } }))).toEqual({ value: 'futures', because: 'BTCUSD_PERP is a futures-style name' });
    expect(spotSymbolShape(ruleContext({}, { params: { symbol: '1000SHIBUSDT' } }))).toEqual({ value: 'futures', because: '1000SHIBUSDT is a futures-style name' });
  });

  it('is undefined for a plain symbol or none', () => {
    expect(spotSymbolShape(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
    expect(spotSymbolShape(ruleContext())).toBeUndefined();
  });
});
