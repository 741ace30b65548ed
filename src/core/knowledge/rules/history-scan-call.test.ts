import { describe, expect, it } from 'vitest';
import { historyScanCall } from './history-scan-call';
import { ruleContext } from './testing';

describe('historyScanCall', () => {
  it('answers history for trade and order history endpoints', () => {
    const a = historyScanCall(ruleContext({ code: -1003 }, { endpoint: '/api/v3/myTrades', params: { symbol: 'BTSETH' } }));
    expect(a?.value).toBe('history');
    expect(a?.because).toContain('/api/v3/myTrades');
  });
  it('leaves other endpoints to heavyOrPolledCall', () => {
    expect(historyScanCall(ruleContext({ code: -1003 }, { endpoint: '/fapi/v1/exchangeInfo' }))?.value).toBe('heavy');
    expect(historyScanCall(ruleContext({ code: -1003 }, { endpoint: '/api/v3/klines' }))?.value).toBe('polling');
    expect(historyScanCall(ruleContext({ code: -1003 }))).toBeUndefined();
  });
});
