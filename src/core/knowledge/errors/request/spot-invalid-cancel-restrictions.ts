/** Knowledge of spot:-1145 INVALID_CANCEL_RESTRICTIONS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1145'],
  meaning: 'cancelRestrictions must be ONLY_NEW or ONLY_PARTIALLY_FILLED. Nothing was cancelled.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was cancelled. Send one of the two allowed values, or leave the parameter out.',
  },
  causes: [
    {
      id: 'bad-cancel-restrictions',
      title: 'Invalid cancelRestrictions value',
      why: 'Any other value, or lower case, is refused.',
      fixes: [
        {
          title: 'Use a valid value',
          steps: ['ONLY_NEW cancels only if the order is still NEW; ONLY_PARTIALLY_FILLED only if it is partially filled.'],
        },
      ],
    },
  ],
};

export default knowledge;
