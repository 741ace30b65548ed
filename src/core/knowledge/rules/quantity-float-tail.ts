import type { AutoRule } from '../types';
import { floatNoise } from './util';

/** Does the quantity have more decimals than a step allows because of a floating-point tail? From the request's quantity parameter. */
export const quantityFloatTail: AutoRule = ({ evidence }) =>
  floatNoise(evidence.params.quantity) ? { value: 'decimals', because: `the quantity ${evidence.params.quantity ?? ''} has a floating-point tail` } : undefined;
