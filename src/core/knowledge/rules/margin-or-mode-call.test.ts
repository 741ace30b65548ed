import { describe, expect, it } from 'vitest';
import { marginOrModeCall } from './margin-or-mode-call';
import { ruleContext } from './testing';

describe('marginOrModeCall', () => {
  it('reads the endpoint', () => {
    expect(marginOrModeCall(ruleContext({ code: -4067 }, { endpoint: '/fapi/v1/marginType' }))).toEqual({ value: 'margin-type', because: 'the call was /fapi/v1/marginType' });
    expect(marginOrModeCall(ruleContext({ code: -4067 }, { endpoint: '/fapi/v1/positionSide/dual' }))?.value).toBe('position-mode');
  });
  it('reads a marginType parameter when the endpoint is not shown', () => {
    expect(marginOrModeCall(ruleContext({ code: -4067 }, { params: { marginType: 'CROSSED' } }))?.value).toBe('margin-type');
  });
  it('stays silent otherwise', () => {
    expect(marginOrModeCall(ruleContext({ code: -4067 }))).toBeUndefined();
    expect(marginOrModeCall(ruleContext({ code: -4067 }, { endpoint: '/fapi/v1/order' }))).toBeUndefined();
  });
});
