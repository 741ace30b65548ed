/** Knowledge of -4055 AMOUNT_MUST_BE_POSITIVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4055'],
  meaning: 'The amount must be a positive number.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Send an amount above zero.' },
  causes: [
    {
      id: 'non-positive-amount',
      title: 'Amount zero or negative',
      why: 'A computed margin or transfer amount came out as 0 or negative (or the sign was meant to be the type parameter).',
      fixes: [
        {
          title: 'Send a positive amount',
          steps: ['Validate amount > 0.', 'For position margin, the direction is the type parameter (1 add, 2 reduce), not the sign of amount.'],
        },
      ],
    },
  ],
};

export default knowledge;
