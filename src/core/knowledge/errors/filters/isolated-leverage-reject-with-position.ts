/** Knowledge of -4161 ISOLATED_LEVERAGE_REJECT_WITH_POSITION, coinm:-4150 ISOLATED_LEVERAGE_REJECT_WITH_POSITION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4161', 'coinm:-4150'],
  meaning: 'You cannot lower the leverage of an isolated position while it is open.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Close or reduce the position first, or keep the current leverage.',
  },
  causes: [
    {
      id: 'isolated-leverage-with-position',
      title: 'Reducing leverage on an open isolated position',
      why: 'Lowering leverage would require more isolated margin than the position holds, so Binance refuses it while the position is open.',
      fixes: [
        {
          title: 'Change leverage when flat',
          steps: ['Set leverage before opening the position.', 'Or add margin / close the position, then change it.'],
        },
      ],
    },
  ],
};

export default knowledge;
