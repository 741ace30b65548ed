import { describe, expect, it } from 'vitest';
import { usdmSymbolShape } from './usdm-symbol-shape';
import { ruleContext } from './testing';

describe('usdmSymbolShape', () => {
  it('answers unified for a slash or colon', () => {
    expect(usdmSymbolShape(ruleContext({}, { endpoint: '/fapi/v1/order', params: { symbol: 'BTC/USDT:USDT' } }))).toEqual({ value: 'unified', because: 'your request carried symbol=BTC/USDT:USDT' });
  });

  it('answers coinm for a COIN-M contract name', () => {
    expect(usdmSymbolShape(ruleContext({}, { params: { symbol: 'btcusd_260626' } }))).toEqual({ value: 'coinm', because: 'btcusd_260626 is a COIN-M contract name' });
  });

  it('answers plain for anything else', () => {
    expect(usdmSymbolShape(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toEqual({ value: 'plain', because: 'BTCUSDT has the USD-M shape' });
  });

  it('is undefined without a symbol', () => {
    expect(usdmSymbolShape(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toBeUndefined();
  });
});
