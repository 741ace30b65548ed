import { describe, expect, it } from 'vitest';
import { quantitySign } from './quantity-sign';
import { ruleContext } from './testing';

describe('quantitySign', () => {
  it('sees a negative quantity', () => {
    const a = quantitySign(ruleContext({ code: -4003 }, { params: { symbol: 'BTCUSDT', side: 'SELL', quantity: '-0.002' } }));
    expect(a?.value).toBe('negative');
    expect(a?.because).toContain('quantity=-0.002');
  });
  it('sees a zero quantity', () => {
    const a = quantitySign(ruleContext({ code: -4003 }, { params: { quantity: '0.000' } }));
    expect(a?.value).toBe('zero');
    expect(a?.because).toContain('quantity=0.000');
  });
  it('sees a positive quantity', () => {
    const a = quantitySign(ruleContext({ code: -4003 }, { params: { quantity: '0.01' } }));
    expect(a?.value).toBe('positive');
    expect(a?.because).toContain('quantity=0.01');
  });
  it('stays silent without a usable quantity', () => {
    expect(quantitySign(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
    expect(quantitySign(ruleContext({}, { params: { quantity: 'abc' } }))).toBeUndefined();
    expect(quantitySign(ruleContext({}, { params: { quantity: ' ' } }))).toBeUndefined();
  });
});
