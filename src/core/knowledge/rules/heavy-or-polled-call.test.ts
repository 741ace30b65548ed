import { describe, expect, it } from 'vitest';
import { heavyOrPolledCall } from './heavy-or-polled-call';
import { ruleContext } from './testing';

describe('heavyOrPolledCall', () => {
  it('answers heavy for exchangeInfo', () => {
    expect(heavyOrPolledCall(ruleContext({}, { endpoint: '/fapi/v1/exchangeInfo' }))).toEqual({ value: 'heavy', because: 'the failing call was /fapi/v1/exchangeInfo, one of the heaviest endpoints' });
  });

  it('answers heavy for open orders without a symbol', () => {
    expect(heavyOrPolledCall(ruleContext({}, { endpoint: '/fapi/v1/openOrders' }))).toEqual({ value: 'heavy', because: '/fapi/v1/openOrders was called without a symbol' });
  });

  it('answers polling for data a stream can push', () => {
    expect(heavyOrPolledCall(ruleContext({}, { endpoint: '/fapi/v1/klines' }))).toEqual({ value: 'polling', because: 'the failing call was /fapi/v1/klines, data that a stream can push instead' });
    expect(heavyOrPolledCall(ruleContext({}, { endpoint: '/fapi/v1/openOrders', params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });

  it('stays silent without an endpoint or for an order call', () => {
    expect(heavyOrPolledCall(ruleContext())).toBeUndefined();
    expect(heavyOrPolledCall(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toBeUndefined();
  });
});
