import { describe, expect, it } from 'vitest';
import { fieldOfOtherOrderType } from './field-of-other-order-type';
import { ruleContext } from './testing';

describe('fieldOfOtherOrderType', () => {
  it('answers extra for a MARKET order with a price', () => {
    expect(fieldOfOtherOrderType(ruleContext({}, { params: { type: 'MARKET', quantity: '0.01', price: '64000' } }))).toEqual({ value: 'extra', because: 'your MARKET order carried a price' });
  });

  it('answers extra for a LIMIT order with a stopPrice', () => {
    expect(fieldOfOtherOrderType(ruleContext({}, { params: { type: 'limit', price: '64000', stopPrice: '63000' } }))).toEqual({ value: 'extra', because: 'your LIMIT order carried a stopPrice' });
  });

  it('answers extra for a MARKET order with timeInForce', () => {
    expect(fieldOfOtherOrderType(ruleContext({}, { params: { type: 'MARKET', quantity: '0.01', timeInForce: 'GTC' } }))).toEqual({ value: 'extra', because: 'your MARKET order carried timeInForce' });
  });

  it('is undefined when the fields fit the type', () => {
    expect(fieldOfOtherOrderType(ruleContext({}, { params: { type: 'LIMIT', quantity: '0.01', price: '64000', timeInForce: 'GTC' } }))).toBeUndefined();
    expect(fieldOfOtherOrderType(ruleContext())).toBeUndefined();
  });
});
