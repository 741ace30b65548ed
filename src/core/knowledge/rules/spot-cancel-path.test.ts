import { describe, expect, it } from 'vitest';
import { spotCancelPath } from './spot-cancel-path';
import { ruleContext } from './testing';

describe('spotCancelPath', () => {
  it('sees a cancel sent to a Spot path', () => {
    const a = spotCancelPath(ruleContext({ code: -2011 }, { endpoint: '/api/v3/order' }));
    expect(a).toEqual({ value: 'no', because: 'the cancel went to /api/v3/order, a Spot path' });
  });
  it('stays silent for futures or missing endpoints', () => {
    expect(spotCancelPath(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toBeUndefined();
    expect(spotCancelPath(ruleContext())).toBeUndefined();
  });
});
