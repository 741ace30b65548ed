import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { unitLeverage } from './unit-leverage';

describe('unitLeverage', () => {
  it('sees leverage of 1x', () => {
    const a = unitLeverage(ruleContext({ code: -2019 }, { params: { symbol: 'BTCUSDT', leverage: '1' } }));
    expect(a).toEqual({ value: 'lower', because: 'the paste shows leverage=1' });
  });
  it('stays silent for higher or missing leverage', () => {
    expect(unitLeverage(ruleContext({}, { params: { leverage: '10' } }))).toBeUndefined();
    expect(unitLeverage(ruleContext({}, { params: { leverage: 'x' } }))).toBeUndefined();
    expect(unitLeverage(ruleContext())).toBeUndefined();
  });
});
