import { describe, expect, it } from 'vitest';
import { orderLimitWindow } from './order-limit-window';
import { ruleContext } from './testing';

const msg = (limit: string, interval: string) => ruleContext({ code: -1015, message: `Too many new orders; current limit is ${limit} orders per ${interval}.`, params: { limit, interval } });

describe('orderLimitWindow', () => {
  it('answers seconds for a 10-second window', () => {
    expect(orderLimitWindow(msg('300', 'TEN_SECONDS'))).toEqual({ value: 'seconds', because: 'the message gives the limit as 300 orders per TEN_SECONDS' });
    expect(orderLimitWindow(msg('50', '10s'))?.value).toBe('seconds');
  });

  it('answers minute for a per-minute window', () => {
    expect(orderLimitWindow(msg('1200', 'MINUTE'))).toEqual({ value: 'minute', because: 'the message gives the limit as 1200 orders per MINUTE' });
  });

  it('answers day for a day (or hour) window', () => {
    expect(orderLimitWindow(msg('200000', 'DAY'))).toEqual({ value: 'day', because: 'the message gives the limit as 200000 orders per DAY' });
    expect(orderLimitWindow(msg('100', '1h'))?.value).toBe('day');
  });

  it('stays silent when the message gives no interval', () => {
    expect(orderLimitWindow(ruleContext({ code: -1015, message: 'Too many new orders.' }))).toBeUndefined();
  });
});
