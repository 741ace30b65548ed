import type { Evidence, Finding } from '../../types';
import type { AutoRule } from '../types';
import { filterValues } from './filter-values';
import { num } from './util';

const isCoinm = (finding: Finding, evidence: Evidence): boolean => finding.product === 'coinm' || evidence.product === 'coinm';

/** Is price × quantity under the minimum notional? Computed from the request's price (or stopPrice) and quantity against the minimum the message (or a filter excerpt) gives; silent on COIN-M. */
export const notionalBelowMinimum: AutoRule = ({ finding, evidence }) => {
  if (isCoinm(finding, evidence)) return undefined;
  const min = filterValues({ finding }).minNotional?.value ?? null;
  const price = num(evidence.params.price ?? evidence.params.stopPrice);
  const qty = num(evidence.params.quantity);
  if (min == null || price == null || qty == null) return undefined;
  const n = Number((price * qty).toPrecision(8));
  return n < min
    ? { value: 'below', because: `price ${price} × quantity ${qty} = ${n}, under the minimum ${min}` }
    : { value: 'not-below', because: `price ${price} × quantity ${qty} = ${n}, not under the minimum ${min}` };
};
