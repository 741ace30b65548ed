/** Fix shared by several errors: Mark closing orders explicitly */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const markClosingOrdersExplicitlyFix: Fix = {
  title: 'Mark closing orders explicitly',
  steps: [
    'One-way mode: add reduceOnly=true to every order meant to close or reduce.',
    'Hedge mode: close a long with positionSide=LONG and side=SELL (a short with SHORT and BUY).',
    'Stop orders that should flatten the position can use closePosition=true.',
  ],
  snippets: snippetSet('snippets/mark-closing-orders-explicitly', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
