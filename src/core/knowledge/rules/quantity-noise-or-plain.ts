import type { AutoRule } from '../types';
import { floatNoise } from './util';

/** Does the quantity carry floating-point noise? Read from the request's quantity string. */
export const quantityNoiseOrPlain: AutoRule = ({ evidence }) => {
  const q = evidence.params.quantity;
  if (q === undefined) return undefined;
  return floatNoise(q)
    ? { value: 'noise', because: `the request’s quantity ${q} has a floating-point tail` }
    : { value: 'clean', because: `the request’s quantity ${q} is a plain decimal` };
};
