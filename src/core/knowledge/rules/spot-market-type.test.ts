import { describe, expect, it } from 'vitest';
import { spotMarketType } from './spot-market-type';
import { ruleContext } from './testing';

describe('spotMarketType', () => {
  it('answers market for the Spot types that execute at the market', () => {
    expect(spotMarketType(ruleContext({ code: -1106, product: 'spot' }, { params: { type: 'STOP_LOSS' } }))).toEqual({ value: 'market', because: 'your request was a STOP_LOSS order' });
    expect(spotMarketType(ruleContext({ code: -1106, product: 'spot' }, { params: { type: 'market' } }))?.value).toBe('market');
  });
  it('answers other for limit types and stays silent without a type', () => {
    expect(spotMarketType(ruleContext({ code: -1106, product: 'spot' }, { params: { type: 'LIMIT' } }))?.value).toBe('other');
    expect(spotMarketType(ruleContext({ code: -1106, product: 'spot' }))).toBeUndefined();
  });
});
