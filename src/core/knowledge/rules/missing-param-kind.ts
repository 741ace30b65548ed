import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Which kind of mandatory parameter (timeInForce, an order id, a price, another) the message says is missing, from the message's named parameter(s). */
export const missingParamKind: AutoRule = (ctx) => {
  const raw = `${namedParam(ctx)} ${ctx.finding.params.parameter2 ?? ''}`.trim();
  const p = raw.toLowerCase();
  if (p === '') return undefined;
  const because = `the message names '${raw}'`;
  if (p.includes('timeinforce')) return { value: 'tif', because };
  if (/orderid|clientorderid/.test(p)) return { value: 'id', because };
  if (/price/.test(p)) return { value: 'price', because };
  return { value: 'other', because };
};
