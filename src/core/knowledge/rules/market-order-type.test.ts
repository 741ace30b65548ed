import { describe, expect, it } from 'vitest';
import { marketOrderType } from './market-order-type';
import { ruleContext } from './testing';

describe('marketOrderType', () => {
  it('sees a MARKET order', () => {
    expect(marketOrderType(ruleContext({}, { params: { type: 'MARKET', quantity: '0.0123' } }))).toEqual({ value: 'market', because: 'your request carried type=MARKET' });
  });
  it('sees another type, as written', () => {
    const a = marketOrderType(ruleContext({}, { params: { type: 'LIMIT', quantity: '0.0123', price: '64000' } }));
    expect(a?.value).toBe('other');
    expect(a?.because).toContain('type=LIMIT');
    expect(marketOrderType(ruleContext({}, { params: { type: 'market' } }))?.value).toBe('other');
  });
  it('stays silent without a type', () => {
    expect(marketOrderType(ruleContext({}, { params: { quantity: '0.0123' } }))).toBeUndefined();
  });
});
