import { describe, expect, it } from 'vitest';
import { clockSkewOrUnits } from './clock-skew-or-units';
import { ruleContext } from './testing';

describe('clockSkewOrUnits', () => {
  it('sees a timestamp in microseconds or seconds', () => {
    const a = clockSkewOrUnits(ruleContext({ code: -1021 }, { params: { timestamp: '1513233650395329' } }));
    expect(a?.value).toBe('years');
    expect(a?.because).toContain('16 digits');
    expect(clockSkewOrUnits(ruleContext({ code: -1021 }, { params: { timestamp: '1513233650' } }))?.value).toBe('years');
  });
  it('reads a millisecond timestamp against the server time as clockSkew does', () => {
    expect(clockSkewOrUnits(ruleContext({ code: -1021 }, { params: { timestamp: '1700000005000' }, serverTime: 1700000000000 }))?.value).toBe('ahead');
    expect(clockSkewOrUnits(ruleContext({ code: -1021 }, { params: { timestamp: '1700000000100' }, serverTime: 1700000000000 }))?.value).toBe('close');
  });
  it('stays silent without a timestamp', () => {
    expect(clockSkewOrUnits(ruleContext({ code: -1021 }))).toBeUndefined();
  });
});
