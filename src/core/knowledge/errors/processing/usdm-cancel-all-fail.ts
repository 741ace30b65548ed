/** Knowledge of usdm:-2012 CANCEL_ALL_FAIL. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-2012'],
  meaning: 'A batch cancel failed as a whole. Some orders may still be open.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Check which orders are still open (GET /fapi/v1/openOrders) before cancelling again; cancel the remaining ones individually if needed.',
  },
  causes: [
    {
      id: 'batch-cancel',
      title: 'Batch cancel failed',
      why: 'The orders in the list could not be cancelled together — wrong ids, orders already gone, or an internal problem.',
      fixes: [
        {
          title: 'List open orders and cancel what is left',
          steps: ['Read open orders for the symbol.', 'Cancel the remaining ones (DELETE /fapi/v1/order or DELETE /fapi/v1/allOpenOrders).'],
          snippets: snippetSet('snippets/cancel-shrink-competing-orders', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
