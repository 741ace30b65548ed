/** Knowledge of spot:-2026 ORDER_ARCHIVED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2026'],
  meaning: 'The order was cancelled or expired with nothing filled more than 90 days ago, and Binance has archived it, so it can no longer be looked up.',
  retry: { verdict: 'nothing-to-do', outcome: 'no-change', advice: 'There is nothing to do: the order ended long ago without any fill.' },
  causes: [
    {
      id: 'archived',
      title: 'Old unfilled order archived',
      why: 'Spot keeps unfilled CANCELED/EXPIRED orders for 90 days; after that lookups return this code.',
      fixes: [
        {
          title: 'Stop querying it',
          steps: ['Remove it from the list of orders your bot keeps checking.', 'Use your own records for history older than 90 days.'],
        },
      ],
    },
  ],
};

export default knowledge;
