import type { AutoRule } from '../types';
import { pastedMessageOf } from './util';

/** Which reason does a Spot CANCEL_REJECTED carry? Read from the pasted error message. */
export const spotCancelReason: AutoRule = (ctx) => {
  const m = pastedMessageOf(ctx);
  const b = `the message reads "${ctx.finding.message ?? ''}"`;
  if (m.includes('unknown order')) return { value: 'unknown', because: b };
  if (m.includes('cancel restrictions')) return { value: 'restrictions', because: b };
  if (m.includes('cancel order is invalid')) return { value: 'no-id', because: b };
  if (m.includes('may not place or cancel')) return { value: 'account', because: b };
  return undefined;
};
