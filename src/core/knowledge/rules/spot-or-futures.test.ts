import { describe, expect, it } from 'vitest';
import { spotOrFutures } from './spot-or-futures';
import { ruleContext } from './testing';

describe('spotOrFutures', () => {
  it('answers spot for a /api/v3/ request', () => {
    expect(spotOrFutures(ruleContext({}, { endpoint: '/api/v3/order' }))).toEqual({ value: 'spot', because: 'the request went to /api/v3/order, a Spot path' });
  });

  it('answers futures for USD-M, COIN-M and Portfolio Margin', () => {
    expect(spotOrFutures(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toEqual({ value: 'futures', because: 'the request went to /fapi/v1/order, a USD-M futures path' });
    expect(spotOrFutures(ruleContext({}, { endpoint: '/dapi/v1/order' }))?.value).toBe('futures');
    expect(spotOrFutures(ruleContext({ product: 'pm' }))).toEqual({ value: 'futures', because: 'the paste reads as a Portfolio Margin request' });
  });

  it('is undefined when the product is unknown', () => {
    expect(spotOrFutures(ruleContext({ product: 'http' }))).toBeUndefined();
  });
});
