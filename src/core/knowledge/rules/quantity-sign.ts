import type { AutoRule } from '../types';
import { num } from './util';

/** Was the quantity negative, zero or positive? Read from the request's quantity parameter. */
export const quantitySign: AutoRule = ({ evidence }) => {
  const q = num(evidence.params.quantity);
  if (q == null) return undefined;
  if (q < 0) return { value: 'negative', because: `your request carried quantity=${evidence.params.quantity ?? ''}` };
  if (q === 0) return { value: 'zero', because: `your request carried quantity=${evidence.params.quantity ?? ''}` };
  return { value: 'positive', because: `the logged quantity=${evidence.params.quantity ?? ''} is positive, so it was probably changed after logging` };
};
