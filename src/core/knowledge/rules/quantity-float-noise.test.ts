import { describe, expect, it } from 'vitest';
import { quantityFloatNoise } from './quantity-float-noise';
import { ruleContext } from './testing';

describe('quantityFloatNoise', () => {
  it('answers noise for a float tail or exponent', () => {
    expect(quantityFloatNoise(ruleContext({}, { params: { symbol: 'BTCUSDT', quantity: '0.0012300000000000001' } }))).toEqual({ value: 'noise', because: 'your request carried quantity=0.0012300000000000001' });
    expect(quantityFloatNoise(ruleContext({}, { params: { quantity: '1e-05' } }))?.value).toBe('noise');
  });

  it('answers clean for a plain decimal', () => {
    expect(quantityFloatNoise(ruleContext({}, { params: { quantity: '0.00123456' } }))).toEqual({ value: 'clean', because: 'your request carried quantity=0.00123456' });
  });

  it('is undefined without a quantity, whatever the price', () => {
    expect(quantityFloatNoise(ruleContext({}, { params: { price: '0.30000000000000004' } }))).toBeUndefined();
  });
});
