import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Does the "not valid" message name a list parameter (orderIdList, batchOrders, symbols) or show a list that was never serialised ([object Object])? From the message. */
export const listParamNamed: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  const text = `${raw} ${ctx.finding.message ?? ''}`.toLowerCase();
  if (text.includes('[object object]')) return { value: 'list', because: 'the request carried "[object Object]": a list or object that was never turned into JSON' };
  if (raw === '') return undefined;
  const because = `the message names parameter '${raw}'`;
  if (/list$|^batchorders$|^symbols$/i.test(raw)) return { value: 'list', because };
  return { value: 'value', because };
};
