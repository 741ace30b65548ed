import { describe, expect, it } from 'vitest';
import { binanceAnswered } from './binance-answered';
import { ruleContext } from './testing';

describe('binanceAnswered', () => {
  it('answers no (no own proxy) when Binance x-mbx- headers came back', () => {
    const ctx = ruleContext({ id: 'http:503:service-unavailable', httpStatus: 503, message: 'Service Unavailable.' }, { headers: { 'x-mbx-used-weight-1m': '35' } });
    expect(binanceAnswered(ctx)).toEqual({ value: 'no', because: 'the response carried Binance’s x-mbx- headers, so Binance itself answered' });
  });

  it('stays silent without Binance headers', () => {
    expect(binanceAnswered(ruleContext({ httpStatus: 503 }, { headers: { 'retry-after': '5' } }))).toBeUndefined();
  });
});
