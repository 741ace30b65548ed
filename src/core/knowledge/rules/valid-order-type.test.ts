import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { futuresTypeValid, spotTypeValid } from './valid-order-type';

describe('futuresTypeValid / spotTypeValid', () => {
  it('answer valid for a type the product lists, spelled exactly', () => {
    expect(futuresTypeValid(ruleContext({ code: -1116 }, { params: { type: 'MARKET' } }))?.value).toBe('valid');
    expect(futuresTypeValid(ruleContext({ code: -1116 }, { params: { type: 'TRAILING_STOP_MARKET' } }))?.value).toBe('valid');
    expect(spotTypeValid(ruleContext({ code: -1116, product: 'spot' }, { params: { type: 'STOP_LOSS_LIMIT' } }))?.value).toBe('valid');
  });
  it('leave other types to the existing rules', () => {
    expect(futuresTypeValid(ruleContext({ code: -1116 }, { params: { type: 'STOP_LOSS_LIMIT' } }))?.value).toBe('spot-style');
    expect(futuresTypeValid(ruleContext({ code: -1116 }, { params: { type: 'market' } }))?.value).toBe('case');
    expect(spotTypeValid(ruleContext({ code: -1116, product: 'spot' }, { params: { type: 'STOP_MARKET' } }))?.value).toBe('futures-style');
    expect(futuresTypeValid(ruleContext({ code: -1116 }))).toBeUndefined();
  });
});
