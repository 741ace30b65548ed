import { describe, expect, it } from 'vitest';
import { reduceOnlyFlag } from './reduce-only-flag';
import { ruleContext } from './testing';

describe('reduceOnlyFlag', () => {
  it('sees reduceOnly=true or closePosition=true', () => {
    const yes = { value: 'yes', because: 'your request carried reduceOnly/closePosition=true' };
    expect(reduceOnlyFlag(ruleContext({}, { params: { side: 'SELL', reduceOnly: 'true' } }))).toEqual(yes);
    expect(reduceOnlyFlag(ruleContext({}, { params: { type: 'STOP_MARKET', closePosition: 'true' } }))).toEqual(yes);
  });
  it('sees reduceOnly=false', () => {
    expect(reduceOnlyFlag(ruleContext({}, { params: { side: 'SELL', reduceOnly: 'false' } }))).toEqual({ value: 'no', because: 'your request carried reduceOnly=false' });
  });
  it('stays silent without the flags', () => {
    expect(reduceOnlyFlag(ruleContext({}, { params: { side: 'SELL', quantity: '0.001' } }))).toBeUndefined();
  });
});
