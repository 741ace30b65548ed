/** Knowledge of -4172 JOINT_MARGIN_REJECT_WITH_NEGATIVE_BALANCE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4172'],
  meaning: 'You cannot change Multi-Assets mode while a margin asset in USD-M futures has a negative wallet balance.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Bring the negative balance back to zero or above, then switch.' },
  causes: [
    {
      id: 'negative-balance',
      title: 'A margin asset below zero',
      why: 'Losses or fees left an asset negative; Binance will not change the mode until it is covered.',
      fixes: [
        {
          title: 'Cover the negative asset',
          steps: ['Transfer that asset into USD-M futures until its balance is not negative.', 'Retry the switch.'],
        },
      ],
    },
  ],
};

export default knowledge;
