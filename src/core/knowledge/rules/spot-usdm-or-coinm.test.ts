import { describe, expect, it } from 'vitest';
import { spotUsdmOrCoinm } from './spot-usdm-or-coinm';
import { ruleContext } from './testing';

describe('spotUsdmOrCoinm', () => {
  it('answers spot, usdm and coinm from the path', () => {
    expect(spotUsdmOrCoinm(ruleContext({}, { endpoint: '/api/v3/order' }))).toEqual({ value: 'spot', because: 'the request went to /api/v3/order, a Spot path' });
    expect(spotUsdmOrCoinm(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toEqual({ value: 'usdm', because: 'the request went to /fapi/v1/order, a USD-M futures path' });
    expect(spotUsdmOrCoinm(ruleContext({}, { endpoint: '/dapi/v1/order' }))).toEqual({ value: 'coinm', because: 'the request went to /dapi/v1/order, a COIN-M futures path' });
  });

  it('splits Portfolio Margin into COIN-M (/cm/) and USD-M', () => {
    expect(spotUsdmOrCoinm(ruleContext({}, { endpoint: '/papi/v1/cm/order' }))).toEqual({ value: 'coinm', because: 'the request went to /papi/v1/cm/order, a Portfolio Margin path' });
    expect(spotUsdmOrCoinm(ruleContext({}, { endpoint: '/papi/v1/um/order' }))).toEqual({ value: 'usdm', because: 'the request went to /papi/v1/um/order, a Portfolio Margin path' });
    expect(spotUsdmOrCoinm(ruleContext({ product: 'pm' }))).toEqual({ value: 'usdm', because: 'the paste reads as a Portfolio Margin request' });
  });

  it('is undefined when the product is unknown', () => {
    expect(spotUsdmOrCoinm(ruleContext({ product: 'http' }))).toBeUndefined();
  });
});
