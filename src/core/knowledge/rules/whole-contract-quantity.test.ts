import { describe, expect, it } from 'vitest';
import { wholeContractQuantity } from './whole-contract-quantity';
import { ruleContext } from './testing';

describe('wholeContractQuantity', () => {
  it('answers fraction for a quantity with decimals', () => {
    expect(wholeContractQuantity(ruleContext({}, { params: { symbol: 'BTCUSD_PERP', quantity: '0.01' } }))).toEqual({ value: 'fraction', because: 'your request carried quantity=0.01' });
  });

  it('answers whole for an integer count, trailing zeros included', () => {
    expect(wholeContractQuantity(ruleContext({}, { params: { quantity: '12' } }))).toEqual({ value: 'whole', because: 'your request carried quantity=12' });
    expect(wholeContractQuantity(ruleContext({}, { params: { quantity: '5.000' } }))).toEqual({ value: 'whole', because: 'your request carried quantity=5.000' });
  });

  it('is undefined without a quantity', () => {
    expect(wholeContractQuantity(ruleContext({}, { params: { symbol: 'BTCUSD_PERP' } }))).toBeUndefined();
  });
});
