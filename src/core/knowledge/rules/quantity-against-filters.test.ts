import { describe, expect, it } from 'vitest';
import { quantityAgainstFilters } from './quantity-against-filters';
import { ruleContext } from './testing';

const at = (quantity: string, line: string) => quantityAgainstFilters(ruleContext({ occurrences: [{ line: 1, column: 1, text: line }] }, { params: { quantity } }));

describe('quantityAgainstFilters', () => {
  it('answers decimals when the quantity is off the step the paste shows, naming the value that is on it', () => {
    expect(at('0.0015', '"stepSize":"0.001","minQty":"0.001"')).toEqual({ value: 'decimals', because: 'the quantity 0.0015 is not a multiple of stepSize 0.001 (0.001 is)' });
  });

  it('answers size below minQty or above maxQty', () => {
    expect(at('0.0005', 'minQty=0.001 stepSize=0.0001')?.value).toBe('size');
    expect(at('5000', 'maxQty=1000')).toEqual({ value: 'size', because: 'the quantity 5000 is above maxQty 1000' });
  });

  it('falls back to the float tail, and stays silent on a quantity on the grid', () => {
    expect(quantityAgainstFilters(ruleContext({}, { params: { quantity: '0.30000000000000004' } }))?.value).toBe('decimals');
    expect(at('0.002', 'stepSize=0.001')).toBeUndefined();
  });
});
