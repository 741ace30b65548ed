import { describe, expect, it } from 'vitest';
import { conditionalPriceOrigin } from './conditional-price-origin';
import { ruleContext } from './testing';

describe('conditionalPriceOrigin', () => {
  it('calls a stop price computed', () => {
    const a = conditionalPriceOrigin(ruleContext({ code: -4014 }, { params: { type: 'STOP_MARKET', stopPrice: '64000.05' } }));
    expect(a?.value).toBe('computed');
    expect(a?.because).toContain('STOP_MARKET');
  });
  it('stays silent for plain orders, unknown or lower-case types', () => {
    expect(conditionalPriceOrigin(ruleContext({}, { params: { type: 'LIMIT', price: '64321.37' } }))).toBeUndefined();
    expect(conditionalPriceOrigin(ruleContext({}, { params: { type: 'stop_market' } }))).toBeUndefined();
    expect(conditionalPriceOrigin(ruleContext())).toBeUndefined();
  });
});
