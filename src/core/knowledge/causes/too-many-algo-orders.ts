/** Cause shared by several Spot errors: too many open stop orders on the symbol (MAX_NUM_ALGO_ORDERS) */
import { countStopOrdersUnderCapFix } from '../fixes/count-stop-orders-under-cap';
import { snippetSet } from '../snippet-set';
import type { Cause } from '../types';

export const tooManyAlgoOrdersCause: Cause = {
  id: 'too-many-algo-orders',
  title: 'MAX_NUM_ALGO_ORDERS / EXCHANGE_MAX_NUM_ALGO_ORDERS: too many open stop orders',
  why: 'STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT orders, including the stop leg of an OCO, have a smaller cap of their own per symbol (and per account). Spot names the filter either as -1013 or inside a -2010 rejection.',
  fixes: [{ ...countStopOrdersUnderCapFix, snippets: snippetSet('errors/execution/spot-invalid-message/cancel-orders-you-longer', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }) }],
};
