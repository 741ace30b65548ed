import { describe, expect, it } from 'vitest';
import { productOf } from './product-of';
import { ruleContext } from './testing';

describe('productOf', () => {
  it('reads the product from the endpoint path', () => {
    expect(productOf(ruleContext({}, { endpoint: '/api/v3/order' }))).toEqual({ value: 'spot', because: 'the request went to /api/v3/order, a Spot path' });
    expect(productOf(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toEqual({ value: 'usdm', because: 'the request went to /fapi/v1/order, a USD-M futures path' });
    expect(productOf(ruleContext({}, { endpoint: '/dapi/v1/order' }))).toEqual({ value: 'coinm', because: 'the request went to /dapi/v1/order, a COIN-M futures path' });
    expect(productOf(ruleContext({}, { endpoint: '/papi/v1/um/order' }))).toEqual({ value: 'pm', because: 'the request went to /papi/v1/um/order, a Portfolio Margin path' });
  });

  it('prefers the path over the paste product', () => {
    expect(productOf(ruleContext({ product: 'usdm' }, { endpoint: '/api/v3/order', product: 'usdm' }))?.value).toBe('spot');
  });

  it("falls back to the evidence product, then the finding's", () => {
    expect(productOf(ruleContext({ product: 'usdm' }, { product: 'spot' }))).toEqual({ value: 'spot', because: 'the paste reads as a Spot request' });
    expect(productOf(ruleContext({ product: 'usdm' }))).toEqual({ value: 'usdm', because: 'the paste reads as a USD-M futures request' });
    expect(productOf(ruleContext({ product: 'coinm' }))).toEqual({ value: 'coinm', because: 'the paste reads as a COIN-M futures request' });
    expect(productOf(ruleContext({ product: 'pm' }))).toEqual({ value: 'pm', because: 'the paste reads as a Portfolio Margin request' });
  });

  it('is undefined for an http-only finding without a path', () => {
    expect(productOf(ruleContext({ product: 'http' }))).toBeUndefined();
    expect(productOf(ruleContext({ product: null }, { endpoint: '/sapi/v1/asset/transfer' }))).toBeUndefined();
  });
});
