/** Knowledge of -4083 PLACE_BATCH_ORDERS_FAIL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4083'],
  meaning: 'The batch order request failed as a whole.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out which orders exist before you retry: a batch can be partly placed. Query each by its client order id (GET /fapi/v1/order with origClientOrderId) or watch ORDER_TRADE_UPDATE on the user-data stream; libraries mint fresh client ids on a retry, so a blind resend can double orders.',
  },
  causes: [
    {
      id: 'batch-failed',
      title: 'The batch could not be processed',
      why: 'Binance failed the batch; the reply may carry per-order results, some successes and some errors.',
      fixes: [
        {
          title: 'Reconcile, then resend only what is missing',
          steps: [
            'Read every element of the reply array.',
            'Query the orders you meant to place by newClientOrderId.',
            'Resend only the missing ones, preferably as single orders during busy periods.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
