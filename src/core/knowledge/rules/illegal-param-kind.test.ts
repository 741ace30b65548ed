import { describe, expect, it } from 'vitest';
import { illegalParamKind } from './illegal-param-kind';
import { ruleContext } from './testing';

const illegal = (parameter: string) =>
  ruleContext({ code: -1100, message: `Illegal characters found in parameter '${parameter}'; legal range is '^[\\.A-Z\\:/a-z0-9_-]{1,36}$'.`, params: { parameter, legalRange: '^[\\.A-Z\\:/a-z0-9_-]{1,36}$' } });

describe('illegalParamKind', () => {
  it('answers client-id for client order ids', () => {
    expect(illegalParamKind(illegal('newClientOrderId'))).toEqual({ value: 'client-id', because: "the message names parameter 'newClientOrderId'" });
    expect(illegalParamKind(illegal('origClientOrderId'))?.value).toBe('client-id');
  });

  it('answers symbol, list and number by the name', () => {
    expect(illegalParamKind(illegal('symbol'))).toEqual({ value: 'symbol', because: "the message names parameter 'symbol'" });
    expect(illegalParamKind(illegal('batchOrders'))).toEqual({ value: 'list', because: "the message names parameter 'batchOrders'" });
    expect(illegalParamKind(illegal('quantity'))).toEqual({ value: 'number', because: "the message names parameter 'quantity'" });
    expect(illegalParamKind(illegal('callbackRate'))?.value).toBe('number');
  });

  it('reads the name from the message when there is no placeholder', () => {
    expect(illegalParamKind(ruleContext({ message: "Illegal characters found in parameter 'stopPrice'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." }))?.value).toBe('number');
  });

  it('is undefined for an unknown name or none', () => {
    expect(illegalParamKind(illegal('side'))).toBeUndefined();
    expect(illegalParamKind(ruleContext({ code: -1100, message: 'Illegal characters found in a parameter.' }))).toBeUndefined();
  });
});
