import type { AutoRule } from '../types';

/** Was the order too small for the notional filter? From MIN_NOTIONAL named in the pasted message (it only sets a minimum). */
export const minNotionalNamed: AutoRule = ({ finding }) =>
  /MIN_NOTIONAL/i.test(finding.message ?? '') ? { value: 'small', because: 'MIN_NOTIONAL only sets a minimum order value' } : undefined;
