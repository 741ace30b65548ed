import { describe, expect, it } from 'vitest';
import { missingParamKind } from './missing-param-kind';
import { ruleContext } from './testing';

const mandatory = (parameter: string) => ruleContext({ code: -1102, message: `Mandatory parameter '${parameter}' was not sent, was empty/null, or malformed.`, params: { parameter } });

describe('missingParamKind', () => {
  it('answers tif for timeInForce', () => {
    expect(missingParamKind(mandatory('timeInForce'))).toEqual({ value: 'tif', because: "the message names 'timeInForce'" });
  });

  it('answers id for the either-id form, naming both', () => {
    const ctx = ruleContext({ code: -1102, message: "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!", params: { parameter: 'orderId', parameter2: 'origClientOrderId' } });
    expect(missingParamKind(ctx)).toEqual({ value: 'id', because: "the message names 'orderId origClientOrderId'" });
  });

  it('answers price for price-like names and other for the rest', () => {
    expect(missingParamKind(mandatory('stopPrice'))).toEqual({ value: 'price', because: "the message names 'stopPrice'" });
    expect(missingParamKind(mandatory('quantity'))).toEqual({ value: 'other', because: "the message names 'quantity'" });
  });

  it('is undefined for the short message', () => {
    expect(missingParamKind(ruleContext({ code: -1102, message: 'A mandatory parameter was not sent, was empty/null, or malformed.' }))).toBeUndefined();
  });
});
