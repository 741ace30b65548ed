import type { AutoRule } from '../types';

/** Was the quantity a whole number of contracts or a fraction? From the logged quantity. */
export const wholeContractQuantity: AutoRule = ({ evidence }) => {
  const q = evidence.params.quantity;
  if (q === undefined) return undefined;
  return /\.\d*[1-9]/.test(q) ? { value: 'fraction', because: `your request carried quantity=${q}` } : { value: 'whole', because: `your request carried quantity=${q}` };
};
