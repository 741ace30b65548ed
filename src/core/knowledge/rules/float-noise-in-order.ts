import type { AutoRule } from '../types';
import { floatNoise } from './util';

/** Does the quantity, price or stopPrice look like floating-point noise? From the logged request parameters. */
export const floatNoiseInOrder: AutoRule = ({ evidence }) => {
  const p = evidence.params;
  for (const [k, v] of [['quantity', p.quantity], ['price', p.price], ['stopPrice', p.stopPrice]] as const) {
    if (floatNoise(v)) return { value: 'noise', because: `your request carried ${k}=${v ?? ''}` };
  }
  if (p.quantity !== undefined || p.price !== undefined) return { value: 'clean', because: 'the logged quantity and price are plain decimals' };
  return undefined;
};
