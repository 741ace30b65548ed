import type { AutoRule } from '../types';
import { CONDITIONAL_TYPES } from './util';

/** Was the price computed? Answers 'computed' when the request's type is a conditional (stop / take-profit / trailing) type. */
export const conditionalPriceOrigin: AutoRule = ({ evidence }) =>
  evidence.params.type !== undefined && CONDITIONAL_TYPES.includes(evidence.params.type)
    ? { value: 'computed', because: `the order was a ${evidence.params.type}, whose prices are normally computed` }
    : undefined;
