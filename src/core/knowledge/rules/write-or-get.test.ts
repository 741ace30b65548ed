import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { writeOrGet } from './write-or-get';

describe('writeOrGet', () => {
  it('answers write for POST, PUT or DELETE', () => {
    expect(writeOrGet(ruleContext({ code: -1022 }, { method: 'post', endpoint: '/fapi/v1/order' }))).toEqual({ value: 'write', because: 'the failing request was a POST' });
    expect(writeOrGet(ruleContext({ code: -1022 }, { method: 'DELETE' }))?.value).toBe('write');
  });

  it('answers get for a GET', () => {
    expect(writeOrGet(ruleContext({ code: -1022 }, { method: 'GET', endpoint: '/fapi/v2/balance' }))).toEqual({ value: 'get', because: 'the failing request was a GET' });
  });

  it('stays silent without a method, even with order parameters', () => {
    expect(writeOrGet(ruleContext({ code: -1022 }, { params: { side: 'BUY', type: 'LIMIT' } }))).toBeUndefined();
  });
});
