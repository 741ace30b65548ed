import type { AutoRule } from '../types';
import { pastedMessageOf } from './util';

/** Does the reduce-only rejection say it conflicts with existing open orders? Read from the pasted error message. */
export const reduceOnlyConflict: AutoRule = (ctx) => {
  const m = pastedMessageOf(ctx);
  if (m.includes('conflicts with existing open orders')) return { value: 'conflict', because: 'the message says the order conflicts with existing open orders' };
  if (m.includes('reduceonly order is rejected')) return { value: 'plain', because: 'the message is the short "ReduceOnly Order is rejected."' };
  return undefined;
};
