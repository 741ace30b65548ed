import type { AutoRule } from '../types';
import { CONDITIONAL_TYPES, upper } from './util';

/** Was the order a conditional (stop / take-profit / trailing) or a plain one? Read from the request's type, trimmed and upper-cased. */
export const conditionalOrderType: AutoRule = ({ evidence }) => {
  const t = upper(evidence.params.type);
  if (t === '') return undefined;
  if (CONDITIONAL_TYPES.includes(t)) return { value: 'conditional', because: `the order was a ${t} order` };
  return { value: 'plain', because: `the order was a ${t} order` };
};
