/** Fix shared by several errors: Send single orders, each with its own client order id, during peaks */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const sendSingleOrdersEachOwnFix: Fix = {
  title: 'Send single orders, each with its own client order id, during peaks',
  steps: [
    'Check every element of the batch by its client order id.',
    'While the market is hectic, send orders one at a time.',
    'Keep a map of client order id → intent so your bot can reconcile after any unclear answer.',
  ],
  snippets: snippetSet('snippets/always-send-own-client', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
};
