import { describe, expect, it } from 'vitest';
import { quantityNoiseOrPlain } from './quantity-noise-or-plain';
import { ruleContext } from './testing';

describe('quantityNoiseOrPlain', () => {
  it('sees a floating-point tail in the quantity', () => {
    const a = quantityNoiseOrPlain(ruleContext({ code: -4023 }, { params: { quantity: '0.30000000000000004' } }));
    expect(a?.value).toBe('noise');
    expect(a?.because).toContain('0.30000000000000004');
  });
  it('sees an exponent as noise', () => {
    expect(quantityNoiseOrPlain(ruleContext({}, { params: { quantity: '1e-05' } }))?.value).toBe('noise');
  });
  it('sees a plain quantity', () => {
    const a = quantityNoiseOrPlain(ruleContext({ code: -4023 }, { params: { quantity: '0.003' } }));
    expect(a?.value).toBe('clean');
    expect(a?.because).toContain('0.003');
  });
  it('stays silent without a quantity (it does not look at the price)', () => {
    expect(quantityNoiseOrPlain(ruleContext({}, { params: { price: '0.30000000000000004' } }))).toBeUndefined();
  });
});
