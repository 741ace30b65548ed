/** Knowledge of -4031 INVALID_WORKING_TYPE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4031'],
  meaning: 'The workingType you sent is not valid. It must be MARK_PRICE or CONTRACT_PRICE.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Fix the workingType value and resend.' },
  causes: [
    {
      id: 'bad-working-type',
      title: 'workingType not MARK_PRICE / CONTRACT_PRICE',
      why: 'A lowercase or misspelt value, or a value from another exchange’s API.',
      fixes: [
        {
          title: 'Send a valid workingType',
          steps: ['Use MARK_PRICE or CONTRACT_PRICE (upper case), or omit it for the default CONTRACT_PRICE.'],
        },
      ],
    },
  ],
};

export default knowledge;
