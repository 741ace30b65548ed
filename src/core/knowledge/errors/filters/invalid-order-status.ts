/** Knowledge of -4000 INVALID_ORDER_STATUS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4000'],
  meaning: 'The order is not in a state that allows what you asked (for example cancelling or modifying an order that is already filled, cancelled or expired).',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Do not resend blindly: read the order’s current status first and decide from that.',
  },
  causes: [
    {
      id: 'order-already-final',
      title: 'The order already finished',
      why: 'Orders that are FILLED, CANCELED or EXPIRED cannot be changed; your local state is behind Binance’s.',
      fixes: [
        {
          title: 'Reconcile before acting',
          steps: [
            'Query the order (GET /fapi/v1/order with orderId or origClientOrderId).',
            'Update your local state from the answer, or from ORDER_TRADE_UPDATE events on the user-data stream.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
