import { describe, expect, it } from 'vitest';
import { lookupKeys, verdictFor } from './verdicts';

describe('knowledge keys and verdicts of the later products', () => {
  it('keeps the founding products’ keys as they were', () => {
    expect(lookupKeys('usdm', -2019)).toEqual(['usdm:-2019', '-2019']);
    expect(lookupKeys(null, -2019)).toEqual(['-2019']);
    expect(lookupKeys('http', 503, 'unknown-error')).toEqual(['http:503:unknown-error', 'http:503', 'http:5xx']);
  });

  it('lets a later product borrow knowledge only where its code means the same', () => {
    // TOO_MANY_REQUESTS on SAPI is everyone's -1003.
    expect(lookupKeys('sapi', -1003)).toEqual(['sapi:-1003', 'spot:-1003', 'usdm:-1003', '-1003']);
    // SAPI -4026 is a wallet balance, not the futures COMMISSION_INVALID; -1004 is SERVER_BUSY, not DUPLICATE_IP.
    expect(lookupKeys('sapi', -4026)).toEqual(['sapi:-4026']);
    expect(lookupKeys('sapi', -1004)).toEqual(['sapi:-1004']);
    // Options -1008 is a rate limit, not the futures overload throttle.
    expect(lookupKeys('options', -1008)).toEqual(['options:-1008']);
    expect(lookupKeys('us', -2010)).toContain('spot:-2010');
  });

  it('gives a later product’s code with no knowledge a verdict from its page: wait where it says so, else fix first', () => {
    expect(verdictFor('sapi', -1004)).toEqual({ verdict: 'retry-after-wait', outcome: 'rejected' });
    expect(verdictFor('sapi', -4046)).toEqual({ verdict: 'fix-first', outcome: 'rejected' });
    expect(verdictFor('sapi', -3007).verdict).toBe('retry-after-wait');
    expect(verdictFor('sapi', -3006).verdict).toBe('fix-first');
  });
});
