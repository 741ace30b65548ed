import { describe, expect, it } from 'vitest';
import { coinmSymbolShape } from './coinm-symbol-shape';
import { ruleContext } from './testing';

describe('coinmSymbolShape', () => {
  it('answers unified for a slash or colon', () => {
    expect(coinmSymbolShape(ruleContext({}, { endpoint: '/dapi/v1/order', params: { symbol: 'BTC/USD:BTC' } }))).toEqual({ value: 'unified', because: 'your request carried symbol=BTC/USD:BTC' });
  });

  it('answers usdm for a name ending in USDT or USDC', () => {
    expect(coinmSymbolShape(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toEqual({ value: 'usdm', because: 'BTCUSDT is a USD-M name' });
    expect(coinmSymbolShape(ruleContext({}, { params: { symbol: 'ethusdc' } }))?.value).toBe('usdm');
  });

  it('answers coinm for an underscored contract', () => {
    expect(coinmSymbolShape(ruleContext({}, { params: { symbol: 'BTCUSD_250328' } }))).toEqual({ value: 'coinm', because: 'BTCUSD_250328 has the COIN-M shape, so it may have expired or be misspelt' });
  });

  it('is undefined for another shape or no symbol', () => {
    expect(coinmSymbolShape(ruleContext({}, { params: { symbol: 'BTCUSD' } }))).toBeUndefined();
    expect(coinmSymbolShape(ruleContext())).toBeUndefined();
  });
});
