/** Knowledge of pm:51999 UNKNOWN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51999'],
  meaning: 'Binance reported an unknown system error while processing the request, so its outcome is not known.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order (or borrow/transfer) exists before you retry: query it by the client order id you sent (e.g. GET /papi/v1/um/order or GET /papi/v1/margin/order with origClientOrderId) or watch the user-data stream. Libraries mint a fresh client order id on every retry, so a blind retry can double it.',
  },
  causes: [
    {
      id: 'unknown-outcome',
      title: 'Binance-side error with unknown result',
      why: 'The request reached Binance but failed in an unexpected way; it may or may not have taken effect.',
      fixes: [
        {
          title: 'Reconcile, then retry only if it is missing',
          steps: [
            'Always send your own newClientOrderId so you can look the order up.',
            'Query the order or balances; resend only if nothing happened.',
            'If it repeats, reduce load and check Binance’s status announcements.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
