/** Knowledge of -4116 DUPLICATED_CLIENT_ORDER_ID. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4116'],
  meaning: 'The client order id you sent already belongs to an open order. The new order was refused — but it means an order with that id is already live, often your own earlier attempt.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'rejected',
    advice: 'This request was refused, but an open order with the same client id exists. Find it first (GET /fapi/v1/order with origClientOrderId) — if it is your earlier attempt, you are done; do not place another.',
  },
  causes: [
    {
      id: 'retry-after-unknown',
      title: 'A retry of an order that actually went through',
      why: 'After a timeout or unknown-status error the first order may have been accepted; resending with the same id hits this. That is good news: the id protected you from a duplicate.',
      fixes: [
        {
          title: 'Treat the existing order as yours',
          steps: [
            'Query GET /fapi/v1/order?symbol=…&origClientOrderId=… and continue with that order.',
            'Keep passing your own id on retries; libraries otherwise mint a new one and a duplicate would be placed.',
          ],
        },
      ],
    },
    {
      id: 'id-reused',
      title: 'Your id generator repeats ids',
      why: 'Ids must be unique among open orders; fixed ids or short counters collide with resting orders.',
      fixes: [{ title: 'Make ids unique', steps: ['Include a timestamp or random part in every newClientOrderId (max 36 characters).'] }],
    },
  ],
};

export default knowledge;
