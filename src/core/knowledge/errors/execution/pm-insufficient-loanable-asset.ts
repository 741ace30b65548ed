/** Knowledge of pm:51061 INSUFFICIENT_LOANABLE_ASSET. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51061'],
  meaning: 'There is not enough of this asset in the lending pool right now to lend you the amount you asked for.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was borrowed. Ask for a smaller amount, or try again later (the message suggests tomorrow).',
  },
  causes: [
    {
      id: 'pool-short',
      title: 'Lending pool temporarily short',
      why: 'High demand has used up the loanable supply of the asset named in the message.',
      fixes: [
        {
          title: 'Borrow less or later',
          steps: ['Reduce the amount.', 'Try again later; plan for the asset not being borrowable on demand.'],
        },
      ],
    },
  ],
};

export default knowledge;
