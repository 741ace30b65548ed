import { describe, expect, it } from 'vitest';
import { conditionalOrderType } from './conditional-order-type';
import { ruleContext } from './testing';

describe('conditionalOrderType', () => {
  it('sees a conditional type (any case)', () => {
    expect(conditionalOrderType(ruleContext({ code: -2011 }, { params: { type: 'STOP_MARKET' } }))).toEqual({ value: 'conditional', because: 'the order was a STOP_MARKET order' });
    const a = conditionalOrderType(ruleContext({ code: -2013 }, { params: { type: ' trailing_stop_market ' } }));
    expect(a?.value).toBe('conditional');
    expect(a?.because).toContain('TRAILING_STOP_MARKET');
  });
  it('sees a plain type', () => {
    expect(conditionalOrderType(ruleContext({ code: -2011 }, { params: { type: 'LIMIT' } }))).toEqual({ value: 'plain', because: 'the order was a LIMIT order' });
  });
  it('stays silent without a type', () => {
    expect(conditionalOrderType(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
    expect(conditionalOrderType(ruleContext({}, { params: { type: '  ' } }))).toBeUndefined();
  });
});
