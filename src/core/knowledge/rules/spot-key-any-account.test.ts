import { describe, expect, it } from 'vitest';
import { spotKeyAnyAccount } from './spot-key-any-account';
import { ruleContext } from './testing';

describe('spotKeyAnyAccount', () => {
  it('answers consistent for a Spot finding', () => {
    expect(spotKeyAnyAccount(ruleContext({ code: -2015, product: 'spot' }))?.value).toBe('consistent');
  });
  it('stays silent for futures and Portfolio Margin findings', () => {
    expect(spotKeyAnyAccount(ruleContext({ code: -2015, product: 'usdm' }))).toBeUndefined();
    expect(spotKeyAnyAccount(ruleContext({ code: -2015, product: 'pm' }))).toBeUndefined();
  });
});
