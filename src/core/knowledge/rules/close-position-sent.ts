import type { AutoRule } from '../types';

/** Did the order carry closePosition=true (a close-all stop or take-profit)? From the logged request. */
export const closePositionSent: AutoRule = ({ evidence }) => {
  const v = evidence.params.closePosition;
  if (v === undefined) return undefined;
  return /^true$/i.test(v.trim()) ? { value: 'yes', because: `your request carried closePosition=${v}` } : { value: 'no', because: `your request carried closePosition=${v}` };
};
