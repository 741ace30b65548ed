import type { AutoRule } from '../types';

const WRITE_PATH = /\/(order|batchOrders|algoOrder|leverage|marginType|positionSide\/dual|positionMargin|multiAssetsMargin|allOpenOrders|countdownCancelAll|order\/cancelReplace|orderList|oco)/i;

const READ_PATH = /\/(?:time|ping|exchangeInfo|depth|trades|aggTrades|klines|premiumIndex|ticker\/\w+|account|balance|positionRisk|allOrders|userTrades|myTrades|income|leverageBracket)$/;

/** Was the failing request a write (order, cancel, setting change) or a read? From the pasted method, endpoint and order parameters. */
export const writeOrRead: AutoRule = ({ evidence }) => {
  const m = (evidence.method ?? '').toUpperCase();
  const ep = evidence.endpoint ?? '';
  if (m === 'POST' || m === 'PUT' || m === 'DELETE') {
    if (/listenKey/i.test(ep)) return undefined;
    return { value: 'write', because: `the request was a ${m}${ep !== '' ? ` to ${ep}` : ''}` };
  }
  if (m === 'GET') return { value: 'read', because: `the request was a GET${ep !== '' ? ` to ${ep}` : ''}` };
  if (ep !== '' && WRITE_PATH.test(ep) && (evidence.params.side !== undefined || evidence.params.quantity !== undefined)) {
    return { value: 'write', because: `the request to ${ep} carried order parameters` };
  }
  if (evidence.params.side !== undefined && evidence.params.type !== undefined) {
    return { value: 'write', because: `the paste shows an order being sent (side=${evidence.params.side}, type=${evidence.params.type})` };
  }
  if (READ_PATH.test(ep) && evidence.params.side === undefined && evidence.params.quantity === undefined) return { value: 'read', because: `${ep} only reads` };
  return undefined;
};
