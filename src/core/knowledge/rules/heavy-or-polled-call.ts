import type { AutoRule } from '../types';

/** Is the failing call a heavy one, or data polled in a loop that a stream could push? From the pasted endpoint and symbol. */
export const heavyOrPolledCall: AutoRule = ({ evidence }) => {
  const ep = evidence.endpoint ?? '';
  if (ep === '') return undefined;
  if (/exchangeInfo/i.test(ep)) return { value: 'heavy', because: `the failing call was ${ep}, one of the heaviest endpoints` };
  if (/openOrders|allOrders/i.test(ep) && evidence.params.symbol === undefined) return { value: 'heavy', because: `${ep} was called without a symbol` };
  if (/klines|depth|ticker|premiumIndex|markPrice|positionRisk|account|balance|aggTrades|trades/i.test(ep)) {
    return { value: 'polling', because: `the failing call was ${ep}, data that a stream can push instead` };
  }
  return undefined;
};
