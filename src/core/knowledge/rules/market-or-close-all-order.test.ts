import { describe, expect, it } from 'vitest';
import { marketOrCloseAllOrder } from './market-or-close-all-order';
import { ruleContext } from './testing';

describe('marketOrCloseAllOrder', () => {
  it('answers close for closePosition=true', () => {
    expect(marketOrCloseAllOrder(ruleContext({}, { params: { type: 'STOP_MARKET', closePosition: 'true', quantity: '0.01' } }))).toEqual({ value: 'close', because: 'your request carried closePosition=true' });
  });

  it('answers market for market-type orders', () => {
    expect(marketOrCloseAllOrder(ruleContext({}, { params: { type: 'take_profit_market', stopPrice: '70000' } }))).toEqual({ value: 'market', because: 'your request was a TAKE_PROFIT_MARKET order' });
  });

  it('answers other for another type', () => {
    expect(marketOrCloseAllOrder(ruleContext({}, { params: { type: 'LIMIT', price: '64000' } }))).toEqual({ value: 'other', because: 'your request was a LIMIT order' });
  });

  it('is undefined without a type', () => {
    expect(marketOrCloseAllOrder(ruleContext({}, { params: { symbol: 'BTCUSDT', closePosition: 'false' } }))).toBeUndefined();
  });
});
