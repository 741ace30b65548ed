import { describe, expect, it } from 'vitest';
import { priceFloatTail } from './price-float-tail';
import { ruleContext } from './testing';

describe('priceFloatTail', () => {
  it('answers off-grid for a price with float noise', () => {
    expect(priceFloatTail(ruleContext({ message: 'Filter failure: PRICE_FILTER' }, { params: { price: '0.30000000000000004' } }))).toEqual({
      value: 'off-grid',
      because: 'the price 0.30000000000000004 has a floating-point tail',
    });
  });

  it('stays silent on a clean price or none', () => {
    expect(priceFloatTail(ruleContext({}, { params: { price: '65000.10' } }))).toBeUndefined();
    expect(priceFloatTail(ruleContext())).toBeUndefined();
  });
});
