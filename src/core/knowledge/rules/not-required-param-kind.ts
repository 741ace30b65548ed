import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Which parameter a "sent when not required" message names (reduceOnly, quantity, timeInForce/price, another), from the message. */
export const notRequiredParamKind: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  const p = raw.toLowerCase();
  if (p === '') return undefined;
  const because = `the message names '${raw}'`;
  if (p === 'reduceonly') return { value: 'reduceOnly', because };
  if (p === 'quantity') return { value: 'quantity', because };
  if (p === 'timeinforce' || p === 'price') return { value: 'timeInForce', because };
  return { value: 'other', because };
};
