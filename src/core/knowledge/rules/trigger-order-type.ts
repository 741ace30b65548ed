import type { AutoRule } from '../types';
import { CONDITIONAL_TYPES, upper } from './util';

/** Was the trigger order a trailing stop or a stop / take-profit? Read from the request's type, trimmed and upper-cased. */
export const triggerOrderType: AutoRule = ({ evidence }) => {
  const t = upper(evidence.params.type);
  if (t === 'TRAILING_STOP_MARKET') return { value: 'trailing', because: 'the order was a TRAILING_STOP_MARKET' };
  if (CONDITIONAL_TYPES.includes(t)) return { value: 'stop-tp', because: `the order was a ${t}` };
  return undefined;
};
