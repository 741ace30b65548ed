import type { AutoRule } from '../types';
import { upper } from './util';

/** Did the order carry a field its type does not use (price or timeInForce on MARKET, stopPrice on LIMIT)? From the request parameters. */
export const fieldOfOtherOrderType: AutoRule = ({ evidence }) => {
  const p = evidence.params;
  const t = upper(p.type);
  if (t === 'MARKET' && p.price !== undefined) return { value: 'extra', because: 'your MARKET order carried a price' };
  if (t === 'LIMIT' && p.stopPrice !== undefined) return { value: 'extra', because: 'your LIMIT order carried a stopPrice' };
  if (t === 'MARKET' && p.timeInForce !== undefined) return { value: 'extra', because: 'your MARKET order carried timeInForce' };
  return undefined;
};
