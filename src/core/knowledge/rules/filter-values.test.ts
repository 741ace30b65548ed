import { describe, expect, it } from 'vitest';
import { decimalsOf, filterValues, filterValuesIn, snapToStep } from './filter-values';
import { ruleContext } from './testing';

describe('filterValues', () => {
  it('reads an exchangeInfo excerpt and key=value lines, the first value of each name', () => {
    const v = filterValuesIn(['{"filterType":"LOT_SIZE","stepSize":"0.00100000","minQty":"0.001"}', 'tickSize=0.10 stepSize=0.5']);
    expect(v.stepSize).toEqual({ value: 0.001, text: '0.00100000' });
    expect(v.minQty?.value).toBe(0.001);
    expect(v.tickSize?.text).toBe('0.10');
  });

  it('takes the minimum notional from the message when nothing else gives it', () => {
    const ctx = ruleContext({ message: "Order's notional must be no smaller than 5 (unless you choose reduce only)" });
    expect(filterValues(ctx).minNotional?.value).toBe(5);
    expect(filterValues(ruleContext({ params: { minNotional: '100' } })).minNotional?.value).toBe(100);
  });
});

describe('snapToStep', () => {
  it('rounds down, up or to the nearest multiple with the step’s decimals', () => {
    expect(snapToStep('0.0015', '0.001', 'down')).toEqual({ text: '0.001', onGrid: false });
    expect(snapToStep('0.0015', '0.001', 'up')).toEqual({ text: '0.002', onGrid: false });
    expect(snapToStep('27123.37', '0.10', 'nearest')).toEqual({ text: '27123.4', onGrid: false });
    expect(snapToStep('1.5', '0.5', 'down')).toEqual({ text: '1.5', onGrid: true });
  });

  it('treats a float tail as off the grid and refuses what it cannot compute', () => {
    expect(snapToStep('0.30000000000000004', '0.001', 'down')).toEqual({ text: '0.300', onGrid: false });
    expect(snapToStep('x', '0.001', 'down')).toBeNull();
    expect(snapToStep('1', '0', 'down')).toBeNull();
    expect(decimalsOf('1e-5')).toBe(5);
  });
});
