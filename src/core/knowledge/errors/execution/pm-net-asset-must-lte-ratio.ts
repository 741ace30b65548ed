/** Knowledge of pm:51078 NET_ASSET_MUST_LTE_RATIO. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51078'],
  meaning: 'Binance could not retrieve or validate the margin assets needed for this request (a net-asset ratio check failed).',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Try again a little later; if it keeps failing, check the account’s margin status and contact support.',
  },
  causes: [
    {
      id: 'margin-assets-check',
      title: 'Margin asset check failed',
      why: 'The account’s margin assets could not be read, or the net-asset ratio requirement for the action is not met.',
      fixes: [
        {
          title: 'Check the account, retry later',
          steps: ['Read GET /papi/v1/account and your balances.', 'Retry after a short wait; escalate to support if it persists.'],
        },
      ],
    },
  ],
};

export default knowledge;
