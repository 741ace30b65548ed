import { describe, expect, it } from 'vitest';
import { coinmOrOtherProduct } from './coinm-or-other-product';
import { ruleContext } from './testing';

describe('coinmOrOtherProduct', () => {
  it('answers coinm for a /dapi/ request', () => {
    expect(coinmOrOtherProduct(ruleContext({}, { endpoint: '/dapi/v1/order' }))).toEqual({ value: 'coinm', because: 'the request went to /dapi/v1/order, a COIN-M futures path' });
  });

  it('answers other for another product', () => {
    expect(coinmOrOtherProduct(ruleContext({}, { endpoint: '/fapi/v1/order', params: { symbol: 'BTCUSD_PERP' } }))).toEqual({ value: 'other', because: 'the request went to /fapi/v1/order, a USD-M futures path' });
  });

  it('falls back to a COIN-M-shaped symbol', () => {
    expect(coinmOrOtherProduct(ruleContext({ product: 'http' }, { params: { symbol: 'BTCUSD_PERP' } }))).toEqual({ value: 'coinm', because: 'the symbol BTCUSD_PERP has the COIN-M shape' });
  });

  it('is undefined with no product and a plain symbol', () => {
    expect(coinmOrOtherProduct(ruleContext({ product: 'http' }, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });
});
