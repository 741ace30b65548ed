import { describe, expect, it } from 'vitest';
import { namedParam } from './named-param';
import { ruleContext } from './testing';

describe('namedParam', () => {
  it('takes the parameter placeholder, trimmed', () => {
    expect(namedParam(ruleContext({ message: "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.", params: { parameter: ' timeInForce ' } }))).toBe('timeInForce');
  });

  it('falls back to the quoted name in the pasted message, keeping its case', () => {
    expect(namedParam(ruleContext({ message: "Parameter 'reduceOnly' sent when not required." }))).toBe('reduceOnly');
    expect(namedParam(ruleContext({ message: "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!" }))).toBe('orderId');
  });

  it('ignores an empty placeholder and reads the message instead', () => {
    expect(namedParam(ruleContext({ message: "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'.", params: { parameter: '  ' } }))).toBe('symbol');
  });

  it("is '' when nothing is named", () => {
    expect(namedParam(ruleContext({ message: 'Illegal characters found in a parameter.' }))).toBe('');
    expect(namedParam(ruleContext())).toBe('');
  });
});
