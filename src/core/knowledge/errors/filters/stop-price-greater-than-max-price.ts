/** Knowledge of -4007 STOP_PRICE_GREATER_THAN_MAX_PRICE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4007'],
  meaning: 'The stop (trigger) price is above the highest price the symbol allows.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Correct the stop price before resending.' },
  causes: [
    {
      id: 'stop-above-max',
      title: 'Stop price over PRICE_FILTER.maxPrice',
      why: 'A units or decimal-point mistake, or a take-profit multiplier applied to the wrong value.',
      fixes: [
        {
          title: 'Check the trigger price',
          steps: [
            'Compare it with PRICE_FILTER.maxPrice in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Check the calculation that produced it.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
