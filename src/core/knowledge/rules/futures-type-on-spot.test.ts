import { describe, expect, it } from 'vitest';
import { futuresTypeOnSpot } from './futures-type-on-spot';
import { ruleContext } from './testing';

describe('futuresTypeOnSpot', () => {
  it('answers futures-style for a futures-only type, as sent', () => {
    expect(futuresTypeOnSpot(ruleContext({}, { endpoint: '/api/v3/order', params: { type: 'STOP_MARKET' } }))).toEqual({ value: 'futures-style', because: 'your request carried type=STOP_MARKET' });
    expect(futuresTypeOnSpot(ruleContext({}, { params: { type: 'trailing_stop_market' } }))?.value).toBe('futures-style');
  });

  it('answers case for lower case or spaces', () => {
    expect(futuresTypeOnSpot(ruleContext({}, { params: { type: 'Market' } }))).toEqual({ value: 'case', because: 'your request carried type=Market' });
    expect(futuresTypeOnSpot(ruleContext({}, { params: { type: 'STOP LOSS' } }))?.value).toBe('case');
  });

  it('answers other for an upper-case type', () => {
    expect(futuresTypeOnSpot(ruleContext({}, { params: { type: 'TAKE_PROFIT' } }))).toEqual({ value: 'other', because: 'your request carried type=TAKE_PROFIT' });
  });

  it('is undefined without a type', () => {
    expect(futuresTypeOnSpot(ruleContext())).toBeUndefined();
  });
});
