/** Knowledge of -4032 EXCEED_MAX_CANCEL_ORDER_SIZE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4032'],
  meaning: 'You tried to cancel more orders in one batch request than allowed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was cancelled by this call. Split the list into smaller batches and send them again.',
  },
  causes: [
    {
      id: 'cancel-batch-too-big',
      title: 'Too many ids in one batch cancel',
      why: 'DELETE /fapi/v1/batchOrders accepts at most 10 orderIds or origClientOrderIds per call.',
      fixes: [
        {
          title: 'Cancel in chunks of 10, or cancel all',
          steps: [
            'Split the id list into chunks of at most 10.',
            'To clear a whole symbol use DELETE /fapi/v1/allOpenOrders (and DELETE /fapi/v1/algoOpenOrders for conditional orders).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
