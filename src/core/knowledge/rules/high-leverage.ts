import type { AutoRule } from '../types';
import { num } from './util';

/** Is the leverage high (above 20x) or moderate? Read from the pasted leverage parameter. */
export const highLeverage: AutoRule = ({ evidence }) => {
  const l = num(evidence.params.leverage);
  if (l == null) return undefined;
  return l > 20 ? { value: 'high', because: `the paste shows leverage=${evidence.params.leverage ?? ''}` } : { value: 'moderate', because: `the paste shows leverage=${evidence.params.leverage ?? ''}` };
};
