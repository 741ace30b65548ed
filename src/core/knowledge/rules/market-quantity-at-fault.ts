import type { AutoRule } from '../types';
import { upper } from './util';

/** Number of digits after the decimal point (0 when there is none). */
const decimals = (s: string | undefined): number => {
  if (s === undefined) return 0;
  const f = s.split('.')[1];
  return f === undefined ? 0 : f.length;
};

/** Which value has too many decimals: the quantity, when a market-type order with a decimal quantity carried no price. From type, quantity and price. */
export const marketQuantityAtFault: AutoRule = ({ evidence }) => {
  const p = evidence.params;
  const t = upper(p.type);
  if ((t === 'MARKET' || t === 'STOP_MARKET' || t === 'TAKE_PROFIT_MARKET') && p.quantity !== undefined && decimals(p.quantity) > 0 && p.price === undefined) {
    return { value: 'quantity', because: `a ${t} order has no price, so the quantity ${p.quantity} is the value at fault` };
  }
  return undefined;
};
