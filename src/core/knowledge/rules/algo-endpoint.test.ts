import { describe, expect, it } from 'vitest';
import { algoEndpoint } from './algo-endpoint';
import { ruleContext } from './testing';

describe('algoEndpoint', () => {
  it('sees an algoOrder endpoint', () => {
    const a = algoEndpoint(ruleContext({ code: -2011 }, { endpoint: '/fapi/v1/algoOrder' }));
    expect(a).toEqual({ value: 'algo', because: 'the request went to /fapi/v1/algoOrder' });
  });
  it('stays silent for other or missing endpoints', () => {
    expect(algoEndpoint(ruleContext({}, { endpoint: '/fapi/v1/order' }))).toBeUndefined();
    expect(algoEndpoint(ruleContext())).toBeUndefined();
  });
});
