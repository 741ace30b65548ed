import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** What kind of parameter (number, client id, symbol, list) an "Illegal characters found in parameter" message names, from the message. */
export const illegalParamKind: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  const p = raw.toLowerCase();
  if (p === '') return undefined;
  const because = `the message names parameter '${raw}'`;
  if (/clientorderid|clordid|clientalgoid/.test(p)) return { value: 'client-id', because };
  if (p === 'symbol' || p === 'pair') return { value: 'symbol', because };
  if (/symbols|batchorders|orderidlist|list/.test(p)) return { value: 'list', because };
  if (/qty|quantity|price|amount|rate|delta/.test(p)) return { value: 'number', because };
  return undefined;
};
