import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { weightOrOrdersLimit } from './weight-or-orders-limit';

const http429 = (message: string | null, headers: Record<string, string> = {}) => ruleContext({ id: 'http:429', code: 429, httpStatus: 429, message }, { headers });

describe('weightOrOrdersLimit', () => {
  it('answers orders for the new-order limit', () => {
    expect(weightOrOrdersLimit(http429('{"code":-1015,"msg":"Too many new orders; current limit is 300 orders per TEN_SECONDS."}'))).toEqual({
      value: 'orders',
      because: 'the message is about the number of new orders',
    });
  });

  it('answers weight for the request-weight limit', () => {
    expect(weightOrOrdersLimit(http429('{"code":-1003,"msg":"Too much request weight used; current limit is 2400 request weight per 1 MINUTE."}'))).toEqual({
      value: 'weight',
      because: 'the message is about request weight per IP',
    });
  });

  it('answers weight from a high used-weight header', () => {
    expect(weightOrOrdersLimit(http429(null, { 'x-mbx-used-weight-1m': '2401' }))).toEqual({ value: 'weight', because: 'the used-weight header shows 2401' });
  });

  it('stays silent on a low used weight and no message', () => {
    expect(weightOrOrdersLimit(http429(null, { 'x-mbx-used-weight-1m': '120' }))).toBeUndefined();
    expect(weightOrOrdersLimit(http429(null))).toBeUndefined();
  });
});
