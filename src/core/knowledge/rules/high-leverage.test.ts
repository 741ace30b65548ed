import { describe, expect, it } from 'vitest';
import { highLeverage } from './high-leverage';
import { ruleContext } from './testing';

describe('highLeverage', () => {
  it('sees leverage above 20x', () => {
    expect(highLeverage(ruleContext({ code: -2027 }, { params: { symbol: 'BTCUSDT', leverage: '50' } }))).toEqual({ value: 'high', because: 'the paste shows leverage=50' });
  });
  it('sees 20x or less as moderate', () => {
    expect(highLeverage(ruleContext({ code: -2027 }, { params: { leverage: '20' } }))).toEqual({ value: 'moderate', because: 'the paste shows leverage=20' });
  });
  it('stays silent without a leverage', () => {
    expect(highLeverage(ruleContext())).toBeUndefined();
  });
});
