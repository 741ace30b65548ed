import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Which parameter has too many decimals on Spot (quantity, price/stopPrice, quoteOrderQty, another), from the parameter the message names. */
export const tooPreciseParamKind: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  const p = raw.toLowerCase();
  if (p === '') return undefined;
  const because = `the message names '${raw}'`;
  if (p === 'quantity') return { value: 'quantity', because };
  if (p === 'price' || p === 'stopprice') return { value: 'price', because };
  if (p === 'quoteorderqty') return { value: 'quote', because };
  return { value: 'other', because };
};
