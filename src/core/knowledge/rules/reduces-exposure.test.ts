import { describe, expect, it } from 'vitest';
import { reducesExposure } from './reduces-exposure';
import { ruleContext } from './testing';

describe('reducesExposure', () => {
  it('answers reducing for closePosition=true or reduceOnly=true', () => {
    expect(reducesExposure(ruleContext({}, { params: { side: 'SELL', type: 'STOP_MARKET', closePosition: 'true' } }))).toEqual({ value: 'reducing', because: 'your order carried closePosition=true' });
    expect(reducesExposure(ruleContext({}, { params: { side: 'SELL', reduceOnly: 'True' } }))).toEqual({ value: 'reducing', because: 'your order carried reduceOnly=true' });
  });

  it('answers reducing for a hedge-mode closing pair', () => {
    expect(reducesExposure(ruleContext({}, { params: { positionSide: 'long', side: 'sell' } }))).toEqual({ value: 'reducing', because: 'positionSide=LONG with side=SELL closes part of that position' });
  });

  it('answers opening for a hedge-mode adding pair', () => {
    expect(reducesExposure(ruleContext({}, { params: { positionSide: 'SHORT', side: 'SELL' } }))).toEqual({ value: 'opening', because: 'positionSide=SHORT with side=SELL adds to that position' });
  });

  it('stays silent on a one-way order without flags', () => {
    expect(reducesExposure(ruleContext({}, { params: { side: 'BUY', positionSide: 'BOTH', reduceOnly: 'false' } }))).toBeUndefined();
  });
});
