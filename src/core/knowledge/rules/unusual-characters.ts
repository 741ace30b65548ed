import type { AutoRule } from '../types';

/** Does the call carry characters that are easily encoded differently from how they were signed? From a non-ASCII symbol or a batchOrders endpoint. */
export const unusualCharacters: AutoRule = ({ evidence }) => {
  const sym = evidence.params.symbol;
  if (sym !== undefined && /[^\x20-\x7e]/.test(sym)) return { value: 'yes', because: `the symbol ${sym} has non-ASCII characters` };
  if (/batchOrders/i.test(evidence.endpoint ?? '')) return { value: 'yes', because: 'the call was a batchOrders request with a JSON list' };
  return undefined;
};
