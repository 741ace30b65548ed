import { describe, expect, it } from 'vitest';
import { binanceUsVenue } from './binance-us-venue';
import { ruleContext } from './testing';

describe('binanceUsVenue', () => {
  it('answers us for a Binance.US finding', () => {
    expect(binanceUsVenue(ruleContext({ code: -1000, product: 'us' }))?.value).toBe('us');
  });
  it('stays silent for the other products', () => {
    expect(binanceUsVenue(ruleContext({ code: -1000, product: 'spot' }))).toBeUndefined();
    expect(binanceUsVenue(ruleContext({ code: -1000, product: 'sapi' }))).toBeUndefined();
  });
});
