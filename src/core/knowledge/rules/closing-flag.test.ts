import { describe, expect, it } from 'vitest';
import { closingFlag } from './closing-flag';
import { ruleContext } from './testing';

describe('closingFlag', () => {
  it('sees closePosition=true', () => {
    const a = closingFlag(ruleContext({}, { params: { type: 'STOP_MARKET', closePosition: 'true' } }));
    expect(a).toEqual({ value: 'closing', because: 'your request carried closePosition=true' });
  });
  it('sees reduceOnly=true', () => {
    const a = closingFlag(ruleContext({}, { params: { side: 'SELL', reduceOnly: 'true', quantity: '0.001' } }));
    expect(a).toEqual({ value: 'closing', because: 'your request carried reduceOnly=true' });
  });
  it('stays silent when neither flag is true', () => {
    expect(closingFlag(ruleContext({}, { params: { reduceOnly: 'false', quantity: '0.001' } }))).toBeUndefined();
    expect(closingFlag(ruleContext())).toBeUndefined();
  });
});
