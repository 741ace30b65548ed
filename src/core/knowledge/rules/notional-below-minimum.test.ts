import { describe, expect, it } from 'vitest';
import { notionalBelowMinimum } from './notional-below-minimum';
import { ruleContext } from './testing';

const MSG = "Order's notional must be no smaller than 100 (unless you choose reduce only).";

describe('notionalBelowMinimum', () => {
  it('sees an order under the minimum in the message', () => {
    const a = notionalBelowMinimum(ruleContext({ code: -4164, message: MSG }, { params: { symbol: 'BTCUSDT', price: '60000', quantity: '0.001' } }));
    expect(a?.value).toBe('below');
    expect(a?.because).toBe('price 60000 × quantity 0.001 = 60, under the minimum 100');
  });
  it('uses the minNotional placeholder and stopPrice', () => {
    const a = notionalBelowMinimum(ruleContext({ code: -4164, params: { minNotional: '5' } }, { params: { type: 'STOP_MARKET', stopPrice: '3', quantity: '1' } }));
    expect(a?.value).toBe('below');
    expect(a?.because).toContain('under the minimum 5');
  });
  it('sees an order that is not under the minimum', () => {
    const a = notionalBelowMinimum(ruleContext({ code: -4164, message: MSG }, { params: { price: '60000', quantity: '0.002' } }));
    expect(a?.value).toBe('not-below');
    expect(a?.because).toBe('price 60000 × quantity 0.002 = 120, not under the minimum 100');
  });
  it('stays silent on COIN-M or when a number is missing', () => {
    expect(notionalBelowMinimum(ruleContext({ code: -4178, product: 'coinm', message: MSG }, { params: { price: '60000', quantity: '0.001' } }))).toBeUndefined();
    expect(notionalBelowMinimum(ruleContext({ message: MSG }, { product: 'coinm', params: { price: '60000', quantity: '0.001' } }))).toBeUndefined();
    expect(notionalBelowMinimum(ruleContext({ message: MSG }, { params: { type: 'MARKET', quantity: '0.001' } }))).toBeUndefined();
    expect(notionalBelowMinimum(ruleContext({ message: 'Order notional too small' }, { params: { price: '60000', quantity: '0.001' } }))).toBeUndefined();
  });
});

describe('notionalBelowMinimum with a filter excerpt', () => {
  it('takes the minimum from the NOTIONAL filter the paste shows', () => {
    const a = notionalBelowMinimum(ruleContext({ code: -1013, product: 'spot', occurrences: [{ line: 1, column: 1, text: '{"filterType":"NOTIONAL","minNotional":"5.00000000"}' }] }, { params: { price: '2', quantity: '2' } }));
    expect(a).toEqual({ value: 'below', because: 'price 2 × quantity 2 = 4, under the minimum 5' });
  });
});
