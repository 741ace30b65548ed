import { describe, expect, it } from 'vitest';
import { futuresFieldsOnSpot } from './futures-fields-on-spot';
import { ruleContext } from './testing';

describe('futuresFieldsOnSpot', () => {
  it('answers yes for a Spot order carrying a futures-only field, naming it', () => {
    expect(futuresFieldsOnSpot(ruleContext({}, { endpoint: '/api/v3/order', params: { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', reduceOnly: 'true' } }))).toEqual({
      value: 'yes',
      because: 'the request went to /api/v3/order, a Spot path and carried reduceOnly',
    });
    expect(futuresFieldsOnSpot(ruleContext({}, { endpoint: '/api/v3/order', params: { positionSide: 'LONG' } }))?.because).toContain('carried positionSide');
    expect(futuresFieldsOnSpot(ruleContext({}, { endpoint: '/api/v3/order', params: { closePosition: 'true' } }))?.because).toContain('carried closePosition');
  });

  it('answers no for a clean Spot order', () => {
    expect(futuresFieldsOnSpot(ruleContext({}, { endpoint: '/api/v3/order', params: { symbol: 'BTCUSDT', type: 'LIMIT' } }))).toEqual({
      value: 'no',
      because: 'the request went to /api/v3/order, a Spot path without futures-only fields',
    });
  });

  it('answers no for a futures request', () => {
    expect(futuresFieldsOnSpot(ruleContext({}, { endpoint: '/fapi/v1/order', params: { reduceOnly: 'true' } }))).toEqual({ value: 'no', because: 'the request went to /fapi/v1/order, a USD-M futures path' });
  });

  it('is undefined when the product is unknown', () => {
    expect(futuresFieldsOnSpot(ruleContext({ product: 'http' }, { params: { reduceOnly: 'true' } }))).toBeUndefined();
  });
});
