/** Cause shared by several errors: A closing order was not marked as reducing */
import { markClosingOrdersExplicitlyFix } from '../fixes/mark-closing-orders-explicitly';
import type { Cause } from '../types';

export const notFlaggedReduceOnlyCause: Cause = {
  id: 'not-flagged-reduce-only',
  title: 'A closing order was not marked as reducing',
  why: 'Only orders that visibly reduce exposure are exempt: closePosition=true, reduceOnly=true in one-way mode, or LONG+SELL / SHORT+BUY in hedge mode. A plain SELL that happens to close a long in one-way mode is treated as a new order.',
  fixes: [markClosingOrdersExplicitlyFix],
};
