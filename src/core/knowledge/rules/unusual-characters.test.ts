import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { unusualCharacters } from './unusual-characters';

describe('unusualCharacters', () => {
  it('answers yes for a non-ASCII symbol', () => {
    expect(unusualCharacters(ruleContext({ code: -1022 }, { params: { symbol: '币安人生USDT' } }))).toEqual({ value: 'yes', because: 'the symbol 币安人生USDT has non-ASCII characters' });
  });

  it('answers yes for a batchOrders call', () => {
    expect(unusualCharacters(ruleContext({ code: -1022 }, { endpoint: '/fapi/v1/batchOrders', params: { symbol: 'BTCUSDT' } }))).toEqual({
      value: 'yes',
      because: 'the call was a batchOrders request with a JSON list',
    });
  });

  it('stays silent on a plain ASCII single call', () => {
    expect(unusualCharacters(ruleContext({ code: -1022 }, { endpoint: '/fapi/v1/order', params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });
});
