import { describe, expect, it } from 'vitest';
import { illegalParamIdOrIp } from './illegal-param-id-or-ip';
import { ruleContext } from './testing';

const illegal = (parameter: string, legalRange = '^[0-9]{1,20}$') =>
  ruleContext({ code: -1100, message: `Illegal characters found in parameter '${parameter}'; legal range is '${legalRange}'.`, params: { parameter, legalRange } });

describe('illegalParamIdOrIp', () => {
  it('answers ip for the caller’s address', () => {
    const a = illegalParamIdOrIp(illegal('ip', '^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$'));
    expect(a?.value).toBe('ip');
    expect(a?.because).toContain("'ip'");
  });
  it('answers signature for the signature', () => {
    expect(illegalParamIdOrIp(illegal('signature', '^[A-Fa-f0-9]{64}$'))?.value).toBe('signature');
  });
  it('answers order-id for numeric ids and number for limits and times', () => {
    expect(illegalParamIdOrIp(illegal('orderId'))?.value).toBe('order-id');
    expect(illegalParamIdOrIp(illegal('fromId'))?.value).toBe('order-id');
    expect(illegalParamIdOrIp(illegal('limit'))?.value).toBe('number');
    expect(illegalParamIdOrIp(illegal('endTime'))?.value).toBe('number');
  });
  it('leaves the other names to illegalParamKind', () => {
    expect(illegalParamIdOrIp(illegal('newClientOrderId'))?.value).toBe('client-id');
    expect(illegalParamIdOrIp(illegal('quantity'))?.value).toBe('number');
    expect(illegalParamIdOrIp(illegal('side'))).toBeUndefined();
    expect(illegalParamIdOrIp(ruleContext({ code: -1100, message: 'Illegal characters found in a parameter.' }))).toBeUndefined();
  });
});
