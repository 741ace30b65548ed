import type { Evidence, Finding } from '../../types';
import type { AutoRule } from '../types';
import { num } from './util';

/** The minimum notional from the placeholder, or read from the message text. */
const minNotionalOf = (finding: Finding): number | null => {
  const p = num(finding.params.minNotional);
  if (p != null) return p;
  const m = /no smaller than\s+([0-9]+(?:\.[0-9]+)?)/i.exec(finding.message ?? '');
  return m?.[1] !== undefined ? num(m[1]) : null;
};

const isCoinm = (finding: Finding, evidence: Evidence): boolean => finding.product === 'coinm' || evidence.product === 'coinm';

/** Is price × quantity under the minimum notional? Computed from the request's price (or stopPrice) and quantity against the message's minimum; silent on COIN-M. */
export const notionalBelowMinimum: AutoRule = ({ finding, evidence }) => {
  if (isCoinm(finding, evidence)) return undefined;
  const min = minNotionalOf(finding);
  const price = num(evidence.params.price ?? evidence.params.stopPrice);
  const qty = num(evidence.params.quantity);
  if (min == null || price == null || qty == null) return undefined;
  const n = Number((price * qty).toPrecision(8));
  return n < min
    ? { value: 'below', because: `price ${price} × quantity ${qty} = ${n}, under the minimum ${min} in the message` }
    : { value: 'not-below', because: `price ${price} × quantity ${qty} = ${n}, not under the minimum ${min}` };
};
