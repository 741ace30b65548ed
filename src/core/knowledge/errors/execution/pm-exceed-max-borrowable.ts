/** Knowledge of pm:51006 EXCEED_MAX_BORROWABLE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51006'],
  meaning: 'You asked to borrow more than your Portfolio Margin account may borrow for this asset.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was borrowed. Check the maximum borrowable amount and ask for less.' },
  causes: [
    {
      id: 'over-max-borrow',
      title: 'Borrow above the allowed maximum',
      why: 'The limit depends on your margin, the asset’s borrow limit and what you already owe.',
      fixes: [
        {
          title: 'Borrow within the limit',
          steps: [
            'Read GET /papi/v1/margin/maxBorrowable?asset=….',
            'Borrow at most that amount (POST /papi/v1/marginLoan), or add collateral first.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
