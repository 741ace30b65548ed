import { describe, expect, it } from 'vitest';
import { priceAgainstFilters } from './price-against-filters';
import { ruleContext } from './testing';

const at = (price: string, line: string) => priceAgainstFilters(ruleContext({ occurrences: [{ line: 1, column: 1, text: line }] }, { params: { price } }));

describe('priceAgainstFilters', () => {
  it('answers off-grid with the nearest tick when the price is off the tick the paste shows', () => {
    expect(at('27123.37', '{"filterType":"PRICE_FILTER","tickSize":"0.10","minPrice":"0.10","maxPrice":"1000000"}')).toEqual({
      value: 'off-grid',
      because: 'the price 27123.37 is not a multiple of tickSize 0.10 (27123.4 is)',
    });
  });

  it('answers out-of-range outside minPrice–maxPrice', () => {
    expect(at('0.01', 'minPrice=0.10 tickSize=0.01')?.value).toBe('out-of-range');
    expect(at('2000000', 'maxPrice=1000000')?.value).toBe('out-of-range');
  });

  it('falls back to the float tail, and stays silent on a price on the grid', () => {
    expect(priceAgainstFilters(ruleContext({}, { params: { price: '0.1234000000001' } }))?.value).toBe('off-grid');
    expect(at('27123.4', 'tickSize=0.1')).toBeUndefined();
  });
});
