/** Knowledge of -4044 INVALID_BALANCE_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4044'],
  meaning: 'The balance type in the request is not valid.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Correct the balance type parameter and send again.' },
  causes: [
    {
      id: 'bad-balance-type',
      title: 'Invalid balance type value',
      why: 'A misspelt or unsupported value in a balance or transfer related parameter.',
      fixes: [
        {
          title: 'Use a documented value',
          steps: ['Check the parameter against the endpoint documentation.', 'Drop it if it is optional and you do not need it.'],
        },
      ],
    },
  ],
};

export default knowledge;
