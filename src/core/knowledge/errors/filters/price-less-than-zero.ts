/** Knowledge of -4001 PRICE_LESS_THAN_ZERO. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4001'],
  meaning: 'The price you sent is below zero. A price must be a positive number.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Fix the price calculation (it went negative) before sending again.',
  },
  causes: [
    {
      id: 'negative-price',
      title: 'A computed price went negative',
      why: 'An offset subtracted from a small price, a sign error, or an uninitialised value produced a price under zero.',
      fixes: [
        {
          title: 'Validate prices before sending',
          steps: [
            'Check price > 0 and inside PRICE_FILTER minPrice/maxPrice before every order.',
            'Log the inputs of the price calculation when the check fails.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
