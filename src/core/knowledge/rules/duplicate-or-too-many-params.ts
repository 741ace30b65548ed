import type { AutoRule } from '../types';
import { pastedMessageOf } from './util';

/** Whether the message reports a duplicated parameter or too many parameters, from the pasted message. */
export const duplicateOrTooManyParams: AutoRule = (ctx) => {
  const m = pastedMessageOf(ctx);
  if (m.includes('duplicate')) return { value: 'duplicate', because: 'the message says duplicate values were detected' };
  if (m.includes('too many parameters')) return { value: 'count', because: 'the message counts the parameters' };
  return undefined;
};
