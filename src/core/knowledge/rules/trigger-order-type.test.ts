import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { triggerOrderType } from './trigger-order-type';

describe('triggerOrderType', () => {
  it('sees a trailing stop', () => {
    expect(triggerOrderType(ruleContext({ code: -2021 }, { params: { type: 'trailing_stop_market' } }))).toEqual({ value: 'trailing', because: 'the order was a TRAILING_STOP_MARKET' });
  });
  it('sees a stop or take-profit', () => {
    const a = triggerOrderType(ruleContext({ code: -2021 }, { params: { side: 'SELL', type: 'STOP_MARKET', stopPrice: '65000' } }));
    expect(a).toEqual({ value: 'stop-tp', because: 'the order was a STOP_MARKET' });
  });
  it('stays silent for plain or missing types', () => {
    expect(triggerOrderType(ruleContext({}, { params: { type: 'LIMIT' } }))).toBeUndefined();
    expect(triggerOrderType(ruleContext())).toBeUndefined();
  });
});
