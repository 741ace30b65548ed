/** Knowledge of -2023 USER_IN_LIQUIDATION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2023'],
  meaning: 'Your account is being liquidated right now, so new orders are refused.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not send new orders until liquidation is finished. Check your positions and margin on the website.',
  },
  causes: [
    {
      id: 'liquidation',
      title: 'Account in liquidation',
      why: 'Margin fell below maintenance level; the liquidation engine is closing positions and blocks new orders meanwhile.',
      fixes: [
        {
          title: 'Wait and review risk',
          steps: ['Wait for liquidation to end, then review positions and margin.', 'Lower leverage or add margin to avoid it in future.'],
        },
      ],
    },
  ],
};

export default knowledge;
