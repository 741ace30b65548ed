import type { AutoRule } from '../types';
import { CONDITIONAL_TYPES, upper } from './util';

/** Stop and take-profit types on Spot; the futures ones are CONDITIONAL_TYPES. */
const SPOT_STOP_TYPES = ['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];

/** Was the order a stop / take-profit (Spot or futures naming) or another order? From the logged order type. */
export const stopOrOtherOrder: AutoRule = ({ evidence }) => {
  const t = upper(evidence.params.type);
  if (t === '') return undefined;
  if (CONDITIONAL_TYPES.includes(t) || SPOT_STOP_TYPES.includes(t)) return { value: 'stop', because: `the order was a ${t} order` };
  return { value: 'other', because: `the order was a ${t} order` };
};
