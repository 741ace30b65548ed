import { describe, expect, it } from 'vitest';
import { floatNoiseInOrder } from './float-noise-in-order';
import { ruleContext } from './testing';

describe('floatNoiseInOrder', () => {
  it('answers noise for a float tail or exponent, naming the value', () => {
    expect(floatNoiseInOrder(ruleContext({}, { params: { quantity: '0.30000000000000004', price: '64000' } }))).toEqual({ value: 'noise', because: 'your request carried quantity=0.30000000000000004' });
    expect(floatNoiseInOrder(ruleContext({}, { params: { quantity: '0.01', price: '0.1234999999' } }))).toEqual({ value: 'noise', because: 'your request carried price=0.1234999999' });
    expect(floatNoiseInOrder(ruleContext({}, { params: { stopPrice: '1.2e-7' } }))).toEqual({ value: 'noise', because: 'your request carried stopPrice=1.2e-7' });
  });

  it('answers clean for plain decimals', () => {
    expect(floatNoiseInOrder(ruleContext({}, { params: { quantity: '0.0123', price: '64321.37' } }))).toEqual({ value: 'clean', because: 'the logged quantity and price are plain decimals' });
  });

  it('is undefined without a quantity or price', () => {
    expect(floatNoiseInOrder(ruleContext({}, { params: { symbol: 'BTCUSDT', stopPrice: '58000' } }))).toBeUndefined();
  });
});
