/** Knowledge of -4082 INVALID_BATCH_PLACE_ORDER_SIZE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4082'],
  meaning: 'The batch order request carries too many (or zero) orders.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed by this call. Send at most 5 orders per batch.' },
  causes: [
    {
      id: 'batch-size',
      title: 'More than 5 orders in batchOrders (or an empty list)',
      why: 'POST /fapi/v1/batchOrders takes 1 to 5 orders per call.',
      fixes: [
        {
          title: 'Split into batches of up to 5',
          steps: ['Chunk your order list into groups of at most 5.', 'Remember each order still counts against the order-rate limits.'],
        },
      ],
    },
  ],
};

export default knowledge;
