import type { AutoRule } from '../types';
import { num } from './util';

/** Is the leverage lower than the sizing assumes? Answers 'lower' when the pasted leverage is 1x or less. */
export const unitLeverage: AutoRule = ({ evidence }) => {
  const l = num(evidence.params.leverage);
  return l != null && l <= 1 ? { value: 'lower', because: `the paste shows leverage=${evidence.params.leverage ?? ''}` } : undefined;
};
