import type { AutoRule } from '../types';
import { upper } from './util';

/** Order types that exist only on Spot. */
const SPOT_ONLY_TYPES = ['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT', 'LIMIT_MAKER'];

/** Was the type sent to futures a Spot-only name, badly cased/spelt, or another? From the logged order type. */
export const spotTypeOnFutures: AutoRule = ({ evidence }) => {
  const t = evidence.params.type;
  if (t === undefined) return undefined;
  if (SPOT_ONLY_TYPES.includes(upper(t))) return { value: 'spot-style', because: `your request carried type=${t}` };
  if (t !== t.toUpperCase() || /[-\s]/.test(t)) return { value: 'case', because: `your request carried type=${t}` };
  return { value: 'other', because: `your request carried type=${t}` };
};
