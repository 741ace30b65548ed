/** Knowledge of http:409. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:409'],
  meaning: 'A Spot cancel-replace only half worked: one of the two steps (cancel the old order, place the new one) succeeded and the other failed. Something did change.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'executed',
    advice: 'Part of the request was carried out. Before doing anything else, read the response body (cancelResult and newOrderResult) or list your open orders to see which half went through; then cancel or place only what is still missing.',
  },
  causes: [
    {
      id: 'half-done',
      title: 'One half of POST /api/v3/order/cancelReplace succeeded',
      why: 'The cancel can succeed while the new order is rejected (for example by a filter), or — with cancelReplaceMode=ALLOW_FAILURE — the new order is placed while the cancel fails.',
      fixes: [
        {
          title: 'Check what is live now and finish the job by hand',
          steps: [
            'Read data.cancelResult and data.newOrderResult in the body (and the error inside the failed half).',
            'List open orders on the symbol (GET /api/v3/openOrders).',
            'Fix the failed half’s reason, then place or cancel only that part.',
          ],
          snippets: snippetSet('errors/http/http-409/check-what-live-now', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
