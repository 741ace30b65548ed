/** Knowledge of -4006 STOP_PRICE_LESS_THAN_ZERO. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4006'],
  meaning: 'The stop (trigger) price is below zero.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Fix the stop price calculation before resending.' },
  causes: [
    {
      id: 'negative-stop',
      title: 'A computed stop price went negative',
      why: 'A stop distance larger than the price itself, or a sign error, produced a negative trigger price.',
      fixes: [
        {
          title: 'Validate stop prices',
          steps: [
            'Check stopPrice/triggerPrice > 0 and within the symbol’s price limits.',
            'Compute stop distances as a percentage of price, not as fixed amounts copied between symbols.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
