/** Fix shared by several errors: Look the order up by its client order id before doing anything else */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const lookOrderUpClientOrderFix: Fix = {
  title: 'Look the order up by its client order id before doing anything else',
  steps: [
    'Take the client order id you sent (newClientOrderId; ccxt: params clientOrderId). If you did not set one, the library made one up: look in its debug log, or list recent orders with GET /fapi/v1/allOrders?symbol=… and check the time.',
    'Query GET /fapi/v1/order with symbol and origClientOrderId (COIN-M /dapi/v1/order, Spot /api/v3/order). For TP/SL and other conditional orders sent to POST /fapi/v1/algoOrder, query GET /fapi/v1/algoOrder with clientAlgoId.',
    'If it says -2013 "Order does not exist.", ask again two or three times over ten seconds, or watch ORDER_TRADE_UPDATE on the user data stream: a fresh order can lag behind.',
    'For MARKET orders also check the position (GET /fapi/v3/positionRisk) or your trades (GET /fapi/v1/userTrades): a filled market order is no longer open.',
    'Only when you are sure it does not exist, send it again — with the same client order id, so a late duplicate is refused while the first copy is still open.',
  ],
  snippets: snippetSet('snippets/look-order-up-client', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
