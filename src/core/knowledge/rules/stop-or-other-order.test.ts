import { describe, expect, it } from 'vitest';
import { stopOrOtherOrder } from './stop-or-other-order';
import { ruleContext } from './testing';

describe('stopOrOtherOrder', () => {
  it('answers stop for Spot and futures stop / take-profit types', () => {
    expect(stopOrOtherOrder(ruleContext({ code: -1000 }, { params: { type: 'STOP_LOSS_LIMIT' } }))).toEqual({ value: 'stop', because: 'the order was a STOP_LOSS_LIMIT order' });
    expect(stopOrOtherOrder(ruleContext({ code: -1000 }, { params: { type: 'take_profit_market' } }))?.value).toBe('stop');
  });
  it('answers other for plain orders and stays silent without a type', () => {
    expect(stopOrOtherOrder(ruleContext({ code: -1000 }, { params: { type: 'LIMIT' } }))?.value).toBe('other');
    expect(stopOrOtherOrder(ruleContext({ code: -1000 }))).toBeUndefined();
  });
});
