/** Knowledge of -4022 WRONG_MARKET_STATUS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4022'],
  meaning: 'The request carried a market status value that is not valid.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Correct the status parameter and send again.' },
  causes: [
    {
      id: 'bad-market-status',
      title: 'An invalid market-status value',
      why: 'A status filter or parameter was misspelt or is not supported on this endpoint.',
      fixes: [
        {
          title: 'Use a valid value',
          steps: ['Compare the parameter with the endpoint’s documentation.', 'Drop the parameter if you do not need it.'],
        },
      ],
    },
  ],
};

export default knowledge;
