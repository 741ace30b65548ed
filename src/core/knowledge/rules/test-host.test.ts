import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { testHost } from './test-host';

describe('testHost', () => {
  it('sees a testnet or demo host', () => {
    const a = testHost(ruleContext({ code: -2015 }, { endpoint: 'https://testnet.binancefuture.com/fapi/v1/order' }));
    expect(a?.value).toBe('mismatch');
    expect(a?.because).toContain('https://testnet.binancefuture.com/fapi/v1/order');
    expect(testHost(ruleContext({}, { endpoint: 'https://demo-fapi.binance.com/fapi/v2/account' }))?.value).toBe('mismatch');
  });
  it('stays silent for mainnet or missing endpoints', () => {
    expect(testHost(ruleContext({}, { endpoint: 'https://fapi.binance.com/fapi/v1/order' }))).toBeUndefined();
    expect(testHost(ruleContext())).toBeUndefined();
  });
});
