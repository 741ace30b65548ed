import { describe, expect, it } from 'vitest';
import { missingParamOrSigning } from './missing-param-or-signing';
import { ruleContext } from './testing';

const missing = (parameter: string) => ruleContext({ code: -1102, message: `Mandatory parameter '${parameter}' was not sent, was empty/null, or malformed.`, params: { parameter } });

describe('missingParamOrSigning', () => {
  it('answers signing for signature and timestamp', () => {
    expect(missingParamOrSigning(missing('signature'))).toEqual({ value: 'signing', because: "the message names 'signature', a field of signed requests" });
    expect(missingParamOrSigning(missing('timestamp'))?.value).toBe('signing');
  });
  it('answers time for the end of a time range', () => {
    expect(missingParamOrSigning(missing('endTime'))?.value).toBe('time');
    expect(missingParamOrSigning(missing('startTime'))?.value).toBe('other');
  });
  it('leaves the other names to missingParamKind', () => {
    expect(missingParamOrSigning(missing('timeInForce'))?.value).toBe('tif');
    expect(missingParamOrSigning(missing('quantity'))?.value).toBe('other');
    expect(missingParamOrSigning(ruleContext({ code: -1102 }))).toBeUndefined();
  });
});
