import { describe, expect, it } from 'vitest';
import { spotTypeOnFutures } from './spot-type-on-futures';
import { ruleContext } from './testing';

describe('spotTypeOnFutures', () => {
  it('answers spot-style for a Spot-only type, as sent', () => {
    expect(spotTypeOnFutures(ruleContext({}, { endpoint: '/fapi/v1/order', params: { type: 'STOP_LOSS_LIMIT' } }))).toEqual({ value: 'spot-style', because: 'your request carried type=STOP_LOSS_LIMIT' });
    expect(spotTypeOnFutures(ruleContext({}, { params: { type: 'limit_maker' } }))).toEqual({ value: 'spot-style', because: 'your request carried type=limit_maker' });
  });

  it('answers case for lower case or dashes', () => {
    expect(spotTypeOnFutures(ruleContext({}, { params: { type: 'limit' } }))).toEqual({ value: 'case', because: 'your request carried type=limit' });
    expect(spotTypeOnFutures(ruleContext({}, { params: { type: 'STOP-MARKET' } }))?.value).toBe('case');
  });

  it('answers other for an upper-case type', () => {
    expect(spotTypeOnFutures(ruleContext({}, { params: { type: 'OCO' } }))).toEqual({ value: 'other', because: 'your request carried type=OCO' });
  });

  it('is undefined without a type', () => {
    expect(spotTypeOnFutures(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });
});
