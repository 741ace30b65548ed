import type { AutoRule } from '../types';
import { pastedMessageOf } from './util';

/** Which reason does a Spot NEW_ORDER_REJECTED carry? Read from the pasted error message. */
export const spotRejectReason: AutoRule = (ctx) => {
  const m = pastedMessageOf(ctx);
  if (m === '') return undefined;
  const b = `the message reads "${ctx.finding.message ?? ''}"`;
  if (m.includes('insufficient balance')) return { value: 'balance', because: b };
  if (m.includes('would trigger immediately')) return { value: 'trigger', because: b };
  if (m.includes('immediately match and take')) return { value: 'take', because: b };
  if (m.includes('market is closed')) return { value: 'closed', because: b };
  if (m.includes('duplicate order')) return { value: 'duplicate', because: b };
  if (m.includes('order combination') || m.includes('icebergqty exceeds')) return { value: 'combo', because: b };
  if (m.includes('trading is not enabled')) return { value: 'server', because: b };
  if (/disabled on this account|may not place or cancel|not permitted for this account|restricted for this account/.test(m)) return { value: 'account', because: b };
  if (m.includes('order book liquidity')) return { value: 'liquidity', because: b };
  if (m.includes('relationship of the prices')) return { value: 'oco', because: b };
  if (m.includes('max_num_algo_orders')) return { value: 'algo', because: b };
  if (m.includes('price * qty') || m.includes('filter failure')) return { value: 'zero', because: b };
  if (/not supported? for this symbol|may not use pegged|price peg cannot/.test(m)) return { value: 'feature', because: b };
  if (m.includes('new_order_rejected')) return { value: 'other', because: b };
  return undefined;
};
