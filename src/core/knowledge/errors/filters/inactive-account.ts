/** Knowledge of -4109 INACTIVE_ACCOUNT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4109'],
  meaning: 'The futures account is inactive. Binance reactivates it once any amount of an asset is transferred into the futures wallet.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Transfer a small amount into the USD-M futures wallet to reactivate the account, then retry.',
  },
  causes: [
    {
      id: 'inactive-account',
      title: 'Dormant futures account',
      why: 'Accounts left unused are marked inactive; the first transfer in wakes them up.',
      fixes: [
        {
          title: 'Transfer any amount into the futures wallet',
          steps: [
            'Move a small amount from Spot to USD-M futures (app, or POST /sapi/v1/asset/transfer with type MAIN_UMFUTURE; python-binance futures_account_transfer).',
            'Retry the original request.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
