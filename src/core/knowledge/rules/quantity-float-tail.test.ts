import { describe, expect, it } from 'vitest';
import { quantityFloatTail } from './quantity-float-tail';
import { ruleContext } from './testing';

describe('quantityFloatTail', () => {
  it('answers decimals for a quantity with float noise', () => {
    expect(quantityFloatTail(ruleContext({ message: 'Filter failure: LOT_SIZE' }, { params: { quantity: '0.0019999999999999' } }))).toEqual({
      value: 'decimals',
      because: 'the quantity 0.0019999999999999 has a floating-point tail',
    });
    expect(quantityFloatTail(ruleContext({}, { params: { quantity: '1.2e-7' } }))?.value).toBe('decimals');
  });

  it('stays silent on a clean quantity or none', () => {
    expect(quantityFloatTail(ruleContext({}, { params: { quantity: '0.002' } }))).toBeUndefined();
    expect(quantityFloatTail(ruleContext())).toBeUndefined();
  });
});
