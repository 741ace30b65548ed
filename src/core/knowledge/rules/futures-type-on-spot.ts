import type { AutoRule } from '../types';
import { upper } from './util';

/** Order types that exist only on futures. */
const FUTURES_ONLY_TYPES = ['STOP', 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'TRAILING_STOP_MARKET'];

/** Was the type sent to Spot a futures-only name, badly cased/spelt, or another? From the logged order type. */
export const futuresTypeOnSpot: AutoRule = ({ evidence }) => {
  const t = evidence.params.type;
  if (t === undefined) return undefined;
  if (FUTURES_ONLY_TYPES.includes(upper(t))) return { value: 'futures-style', because: `your request carried type=${t}` };
  if (t !== t.toUpperCase() || /[-\s]/.test(t)) return { value: 'case', because: `your request carried type=${t}` };
  return { value: 'other', because: `your request carried type=${t}` };
};
