import { describe, expect, it } from 'vitest';
import { marketQuantityAtFault } from './market-quantity-at-fault';
import { ruleContext } from './testing';

describe('marketQuantityAtFault', () => {
  it('answers quantity for a market-type order with a decimal quantity and no price', () => {
    expect(marketQuantityAtFault(ruleContext({}, { params: { symbol: 'BTCUSDT', type: 'MARKET', quantity: '0.0123456' } }))).toEqual({
      value: 'quantity',
      because: 'a MARKET order has no price, so the quantity 0.0123456 is the value at fault',
    });
    expect(marketQuantityAtFault(ruleContext({}, { params: { type: 'stop_market', quantity: '0.5', stopPrice: '58000.123' } }))?.because).toBe('a STOP_MARKET order has no price, so the quantity 0.5 is the value at fault');
  });

  it('is undefined when a price was sent, the quantity is whole, or the type is not market-like', () => {
    expect(marketQuantityAtFault(ruleContext({}, { params: { type: 'MARKET', quantity: '0.012', price: '64000.123' } }))).toBeUndefined();
    expect(marketQuantityAtFault(ruleContext({}, { params: { type: 'MARKET', quantity: '3' } }))).toBeUndefined();
    expect(marketQuantityAtFault(ruleContext({}, { params: { type: 'LIMIT', quantity: '0.0123456' } }))).toBeUndefined();
  });
});
