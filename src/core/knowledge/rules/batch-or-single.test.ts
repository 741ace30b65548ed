import { describe, expect, it } from 'vitest';
import { batchOrSingle } from './batch-or-single';
import { ruleContext } from './testing';

describe('batchOrSingle', () => {
  it('answers batch for batchOrders', () => {
    expect(batchOrSingle(ruleContext({}, { endpoint: '/fapi/v1/batchOrders' }))).toEqual({ value: 'batch', because: 'the request went to /fapi/v1/batchOrders' });
  });

  it('answers single for any other endpoint', () => {
    expect(batchOrSingle(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toEqual({ value: 'single', because: 'the request went to /fapi/v1/order' });
  });

  it('stays silent without an endpoint', () => {
    expect(batchOrSingle(ruleContext({}, { method: 'POST' }))).toBeUndefined();
  });
});
