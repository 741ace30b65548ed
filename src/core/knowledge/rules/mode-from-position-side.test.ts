import { describe, expect, it } from 'vitest';
import { modeFromPositionSide } from './mode-from-position-side';
import { ruleContext } from './testing';

describe('modeFromPositionSide', () => {
  it('answers oneway for positionSide=BOTH', () => {
    expect(modeFromPositionSide(ruleContext({}, { params: { positionSide: 'both' } }))).toEqual({ value: 'oneway', because: 'your request carried positionSide=BOTH, the value one-way mode uses' });
  });

  it('answers hedge for LONG or SHORT, naming it', () => {
    expect(modeFromPositionSide(ruleContext({}, { params: { positionSide: 'LONG' } }))).toEqual({ value: 'hedge', because: 'your request carried positionSide=LONG, which only hedge mode accepts' });
    expect(modeFromPositionSide(ruleContext({}, { params: { positionSide: ' short ' } }))?.because).toContain('positionSide=SHORT');
  });

  it('is undefined without a usable positionSide', () => {
    expect(modeFromPositionSide(ruleContext({}, { params: { symbol: 'BTCUSDT', side: 'SELL', reduceOnly: 'true' } }))).toBeUndefined();
    expect(modeFromPositionSide(ruleContext({}, { params: { positionSide: 'NET' } }))).toBeUndefined();
  });
});
