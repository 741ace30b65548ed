import type { AutoRule } from '../types';
import { floatNoise } from './util';

/** Is the price off the tick grid because of a floating-point tail? From the request's price parameter. */
export const priceFloatTail: AutoRule = ({ evidence }) =>
  floatNoise(evidence.params.price) ? { value: 'off-grid', because: `the price ${evidence.params.price ?? ''} has a floating-point tail` } : undefined;
