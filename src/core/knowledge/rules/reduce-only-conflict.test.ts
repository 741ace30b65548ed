import { describe, expect, it } from 'vitest';
import { reduceOnlyConflict } from './reduce-only-conflict';
import { ruleContext } from './testing';

describe('reduceOnlyConflict', () => {
  it('sees the conflict with open orders', () => {
    const a = reduceOnlyConflict(ruleContext({ code: -2022, message: 'ReduceOnly Order is rejected. The new order conflicts with existing open orders.' }));
    expect(a).toEqual({ value: 'conflict', because: 'the message says the order conflicts with existing open orders' });
  });
  it('sees the short message', () => {
    expect(reduceOnlyConflict(ruleContext({ code: -2022, message: 'ReduceOnly Order is rejected.' }))).toEqual({ value: 'plain', because: 'the message is the short "ReduceOnly Order is rejected."' });
  });
  it('stays silent without a pasted message (the catalogue message does not count)', () => {
    expect(reduceOnlyConflict(ruleContext({ code: -2022, message: null, catalogueMessage: 'ReduceOnly Order is rejected.' }))).toBeUndefined();
  });
});
