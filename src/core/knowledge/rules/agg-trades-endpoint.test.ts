import { describe, expect, it } from 'vitest';
import { aggTradesEndpoint } from './agg-trades-endpoint';
import { ruleContext } from './testing';

describe('aggTradesEndpoint', () => {
  it('answers agg for an aggTrades query', () => {
    expect(aggTradesEndpoint(ruleContext({}, { method: 'GET', endpoint: '/fapi/v1/aggTrades' }))).toEqual({ value: 'agg', because: 'the request went to /fapi/v1/aggTrades' });
  });

  it('answers other for another endpoint', () => {
    expect(aggTradesEndpoint(ruleContext({}, { method: 'GET', endpoint: '/fapi/v1/userTrades' }))).toEqual({ value: 'other', because: 'the request went to /fapi/v1/userTrades' });
  });

  it('is undefined without an endpoint', () => {
    expect(aggTradesEndpoint(ruleContext())).toBeUndefined();
  });
});
