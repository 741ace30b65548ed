import { describe, expect, it } from 'vitest';
import { ruleContext } from '../knowledge/rules/testing';
import type { Cause } from '../knowledge/types';
import { namedBy, namedTerms } from './rank';

const cause = (title: string): Cause => ({ id: title, title, why: '', fixes: [] });

describe('what the message names', () => {
  it('reads filters, constants and quoted parameters, not the error’s own name', () => {
    const f = (message: string, name: string | null = null) => namedTerms(ruleContext({ message, name }).finding);
    expect(f('Filter failure: LOT_SIZE')).toEqual(['LOT_SIZE']);
    expect(f("Parameter 'reduceOnly' sent when not required.")).toEqual(['reduceOnly']);
    expect(f('Filter failure: MARKET_LOT_SIZE')).toEqual(['MARKET_LOT_SIZE']);
    expect(f('NEW_ORDER_REJECTED', 'NEW_ORDER_REJECTED')).toEqual([]);
  });

  it('matches a cause title on whole words only: LOT_SIZE is not MARKET_LOT_SIZE', () => {
    expect(namedBy(cause('LOT_SIZE: the quantity is not a multiple of stepSize'), ['LOT_SIZE'])).toBe(1);
    expect(namedBy(cause('MARKET_LOT_SIZE: the market order’s quantity'), ['LOT_SIZE'])).toBe(0);
    expect(namedBy(cause('reduceOnly sent while the account is in hedge mode'), ['reduceOnly', 'quantity'])).toBe(1);
  });
});
