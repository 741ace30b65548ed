import type { AutoRule } from '../types';
import { heavyOrPolledCall } from './heavy-or-polled-call';

/** Trade and order history endpoints that need a symbol, so a full import walks every market. */
const HISTORY = /myTrades|allOrders|userTrades|historicalTrades|allOrderList/i;

/** Is the failing call a per-market history import? Otherwise as heavyOrPolledCall reads the pasted endpoint. */
export const historyScanCall: AutoRule = (ctx) => {
  const ep = ctx.evidence.endpoint ?? '';
  if (HISTORY.test(ep)) return { value: 'history', because: `the failing call was ${ep}, trade or order history that is fetched one market at a time` };
  return heavyOrPolledCall(ctx);
};
