import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { writeOrRead } from './write-or-read';

describe('writeOrRead', () => {
  it('answers write for a POST, PUT or DELETE, naming method and endpoint', () => {
    expect(writeOrRead(ruleContext({}, { method: 'POST', endpoint: '/fapi/v1/order' }))).toEqual({ value: 'write', because: 'the request was a POST to /fapi/v1/order' });
    expect(writeOrRead(ruleContext({}, { method: 'delete', endpoint: null }))).toEqual({ value: 'write', because: 'the request was a DELETE' });
  });

  it('answers read for a GET', () => {
    expect(writeOrRead(ruleContext({}, { method: 'GET', endpoint: '/fapi/v2/balance' }))).toEqual({ value: 'read', because: 'the request was a GET to /fapi/v2/balance' });
    expect(writeOrRead(ruleContext({}, { method: 'GET' }))).toEqual({ value: 'read', because: 'the request was a GET' });
  });

  it('answers write for a write path that carried order parameters, without a method', () => {
    const a = writeOrRead(ruleContext({}, { endpoint: '/fapi/v1/batchOrders', params: { quantity: '0.002' } }));
    expect(a).toEqual({ value: 'write', because: 'the request to /fapi/v1/batchOrders carried order parameters' });
  });

  it('answers write when the paste shows side and type, without method or endpoint', () => {
    const a = writeOrRead(ruleContext({}, { params: { side: 'BUY', type: 'LIMIT' } }));
    expect(a).toEqual({ value: 'write', because: 'the paste shows an order being sent (side=BUY, type=LIMIT)' });
  });

  it('answers read for an endpoint that only reads, without a method', () => {
    expect(writeOrRead(ruleContext({}, { endpoint: '/fapi/v2/positionRisk' }))).toEqual({ value: 'read', because: '/fapi/v2/positionRisk only reads' });
    expect(writeOrRead(ruleContext({}, { endpoint: '/api/v3/exchangeInfo' }))?.value).toBe('read');
  });

  it('stays silent on listenKey keep-alives and when nothing says what was sent', () => {
    expect(writeOrRead(ruleContext({}, { method: 'PUT', endpoint: '/fapi/v1/listenKey' }))).toBeUndefined();
    expect(writeOrRead(ruleContext({}, { endpoint: '/fapi/v1/order', params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
    expect(writeOrRead(ruleContext())).toBeUndefined();
  });
});
