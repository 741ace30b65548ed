import type { AutoRule } from '../types';

/** Was the order closing or reducing a position? Read from closePosition=true / reduceOnly=true in the request. */
export const closingFlag: AutoRule = ({ evidence }) => {
  if (evidence.params.closePosition === 'true') return { value: 'closing', because: 'your request carried closePosition=true' };
  if (evidence.params.reduceOnly === 'true') return { value: 'closing', because: 'your request carried reduceOnly=true' };
  return undefined;
};
