import type { AutoRule } from '../types';
import { CONDITIONAL_TYPES } from './util';

/** Was the order one of the conditional types that must go to the Algo Order API? Read from the request's type, as written. */
export const algoOnlyType: AutoRule = ({ evidence }) => {
  const t = evidence.params.type;
  if (t === undefined) return undefined;
  return CONDITIONAL_TYPES.includes(t)
    ? { value: 'conditional', because: `your request carried type=${t}, which must now go to POST /fapi/v1/algoOrder` }
    : { value: 'plain', because: `your request carried type=${t}` };
};
