import { describe, expect, it } from 'vitest';
import { batchOrdersEndpoint } from './batch-orders-endpoint';
import { ruleContext } from './testing';

describe('batchOrdersEndpoint', () => {
  it('sees the batch endpoint', () => {
    const a = batchOrdersEndpoint(ruleContext({ code: -4120 }, { endpoint: '/fapi/v1/batchOrders' }));
    expect(a?.value).toBe('batch');
    expect(a?.because).toContain('/fapi/v1/batchOrders');
  });
  it('sees the single-order endpoint (USD-M and COIN-M)', () => {
    const a = batchOrdersEndpoint(ruleContext({ code: -4120 }, { endpoint: '/fapi/v1/order' }));
    expect(a?.value).toBe('single');
    expect(a?.because).toContain('/fapi/v1/order');
    expect(batchOrdersEndpoint(ruleContext({}, { endpoint: '/dapi/v1/order' }))?.value).toBe('single');
  });
  it('stays silent for other or missing endpoints', () => {
    expect(batchOrdersEndpoint(ruleContext({}, { endpoint: '/fapi/v1/algoOrder' }))).toBeUndefined();
    expect(batchOrdersEndpoint(ruleContext())).toBeUndefined();
  });
});
