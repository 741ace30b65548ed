import { describe, expect, it } from 'vitest';
import { priceFloatNoise } from './price-float-noise';
import { ruleContext } from './testing';

describe('priceFloatNoise', () => {
  it('sees a floating-point tail in the price', () => {
    const a = priceFloatNoise(ruleContext({ code: -4014 }, { params: { symbol: 'BTCUSDT', price: '64321.300000000003' } }));
    expect(a?.value).toBe('noise');
    expect(a?.because).toContain('64321.300000000003');
  });
  it('falls back to stopPrice', () => {
    const a = priceFloatNoise(ruleContext({ code: -4014 }, { params: { type: 'STOP_MARKET', stopPrice: '1.2e-7' } }));
    expect(a?.value).toBe('noise');
    expect(a?.because).toContain('1.2e-7');
  });
  it('sees a plain price', () => {
    const a = priceFloatNoise(ruleContext({ code: -4014 }, { params: { price: '64321.37' } }));
    expect(a?.value).toBe('clean');
    expect(a?.because).toContain('64321.37');
  });
  it('stays silent without a price', () => {
    expect(priceFloatNoise(ruleContext({}, { params: { quantity: '0.002' } }))).toBeUndefined();
  });
});
