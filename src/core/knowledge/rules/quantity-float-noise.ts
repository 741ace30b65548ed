import type { AutoRule } from '../types';
import { floatNoise } from './util';

/** Does the quantity look like floating-point noise or a clean decimal? From the logged quantity only. */
export const quantityFloatNoise: AutoRule = ({ evidence }) => {
  const q = evidence.params.quantity;
  if (q === undefined) return undefined;
  return floatNoise(q) ? { value: 'noise', because: `your request carried quantity=${q}` } : { value: 'clean', because: `your request carried quantity=${q}` };
};
