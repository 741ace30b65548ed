import type { AutoRule } from '../types';
import { floatNoise } from './util';

/** Does the price carry floating-point noise? Read from the request's price (or else stopPrice) string. */
export const priceFloatNoise: AutoRule = ({ evidence }) => {
  const p = evidence.params.price ?? evidence.params.stopPrice;
  if (p === undefined) return undefined;
  return floatNoise(p)
    ? { value: 'noise', because: `the request’s price ${p} has a floating-point tail` }
    : { value: 'clean', because: `the request’s price ${p} is a plain decimal` };
};
