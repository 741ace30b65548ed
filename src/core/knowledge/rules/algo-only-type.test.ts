import { describe, expect, it } from 'vitest';
import { algoOnlyType } from './algo-only-type';
import { ruleContext } from './testing';

describe('algoOnlyType', () => {
  it('sees a conditional type', () => {
    const a = algoOnlyType(ruleContext({ code: -4120 }, { params: { type: 'TAKE_PROFIT_MARKET', stopPrice: '70000' } }));
    expect(a?.value).toBe('conditional');
    expect(a?.because).toContain('type=TAKE_PROFIT_MARKET');
    expect(a?.because).toContain('/fapi/v1/algoOrder');
  });
  it('sees a plain type, as written', () => {
    const a = algoOnlyType(ruleContext({ code: -4120 }, { params: { type: 'LIMIT' } }));
    expect(a).toEqual({ value: 'plain', because: 'your request carried type=LIMIT' });
    expect(algoOnlyType(ruleContext({}, { params: { type: 'stop_market' } }))?.value).toBe('plain');
  });
  it('stays silent without a type', () => {
    expect(algoOnlyType(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });
});
