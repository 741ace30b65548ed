import { describe, expect, it } from 'vitest';
import { reduceOnlyClashMode } from './reduce-only-clash-mode';
import { ruleContext } from './testing';

describe('reduceOnlyClashMode', () => {
  it('answers oneway when closePosition=true came with it', () => {
    expect(reduceOnlyClashMode(ruleContext({}, { params: { type: 'STOP_MARKET', closePosition: 'True', reduceOnly: 'true', positionSide: 'LONG' } }))).toEqual({
      value: 'oneway',
      because: 'your request also carried closePosition=true, so the clash is with that flag',
    });
  });

  it('otherwise answers from positionSide', () => {
    expect(reduceOnlyClashMode(ruleContext({}, { params: { reduceOnly: 'true', positionSide: 'SHORT' } }))).toEqual({ value: 'hedge', because: 'your request carried positionSide=SHORT, which only hedge mode accepts' });
    expect(reduceOnlyClashMode(ruleContext({}, { params: { reduceOnly: 'true', positionSide: 'BOTH', closePosition: 'false' } }))?.value).toBe('oneway');
  });

  it('is undefined with neither closePosition=true nor positionSide', () => {
    expect(reduceOnlyClashMode(ruleContext({}, { params: { symbol: 'BTCUSDT', reduceOnly: 'true' } }))).toBeUndefined();
  });
});
