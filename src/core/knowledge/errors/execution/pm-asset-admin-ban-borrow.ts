/** Knowledge of pm:51014 ASSET_ADMIN_BAN_BORROW. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51014'],
  meaning: 'This asset cannot be borrowed at the moment.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry borrowing this asset now; Binance has disabled borrowing for it. Use another asset or wait for it to be re-enabled.',
  },
  causes: [
    {
      id: 'borrow-disabled',
      title: 'Borrowing switched off for the asset',
      why: 'Binance suspends borrowing of an asset during risk events, delistings or pool shortages.',
      fixes: [
        {
          title: 'Use another asset or wait',
          steps: ['Check Binance announcements for the asset.', 'Adjust the strategy to not depend on borrowing it.'],
        },
      ],
    },
  ],
};

export default knowledge;
