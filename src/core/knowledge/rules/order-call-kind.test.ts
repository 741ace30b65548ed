import { describe, expect, it } from 'vitest';
import { orderCallKind } from './order-call-kind';
import { ruleContext } from './testing';

describe('orderCallKind', () => {
  it('answers limit for a LIMIT order', () => {
    expect(orderCallKind(ruleContext({}, { method: 'POST', endpoint: '/fapi/v1/order', params: { type: 'limit', quantity: '0.01' } }))).toEqual({ value: 'limit', because: 'your request was a LIMIT order' });
  });

  it('answers conditional for stop and take-profit types', () => {
    expect(orderCallKind(ruleContext({}, { method: 'POST', endpoint: '/fapi/v1/order', params: { type: 'STOP_MARKET' } }))).toEqual({ value: 'conditional', because: 'your request was a STOP_MARKET order' });
  });

  it('answers lookup for a GET or DELETE on /order', () => {
    expect(orderCallKind(ruleContext({}, { method: 'DELETE', endpoint: '/fapi/v1/order', params: { symbol: 'BTCUSDT' } }))).toEqual({ value: 'lookup', because: 'the request was DELETE /fapi/v1/order' });
    expect(orderCallKind(ruleContext({}, { method: 'get', endpoint: '/api/v3/order' }))?.because).toBe('the request was GET /api/v3/order');
  });

  it('is undefined for a MARKET order or another call', () => {
    expect(orderCallKind(ruleContext({}, { method: 'POST', endpoint: '/fapi/v1/order', params: { type: 'MARKET' } }))).toBeUndefined();
    expect(orderCallKind(ruleContext({}, { method: 'GET', endpoint: '/fapi/v1/openOrders' }))).toBeUndefined();
  });
});
