/** Knowledge of -5043 EXISTING_PENDING_MODIFICATION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5043'],
  meaning: 'A modification for this order is already pending; Binance will not accept another until it finishes.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    waitSeconds: 1,
    advice: 'Wait a moment, query the order to see the pending change’s result, then decide whether to modify again.',
  },
  causes: [
    {
      id: 'overlapping-modify',
      title: 'Two modifications of the same order in flight',
      why: 'Repricing loops that send the next amendment before the previous one is confirmed collide.',
      fixes: [
        {
          title: 'Serialise amendments per order',
          steps: [
            'Wait for the response (or ORDER_TRADE_UPDATE) before the next modify.',
            'Query GET /fapi/v1/order to see the current price/quantity.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
