/** Knowledge of pm:-4405 UM_REDUCE_ONLY_ONLY, pm:-4415 CM_REDUCE_ONLY_ONLY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:-4405', 'pm:-4415'],
  meaning: 'On your Portfolio Margin account only reduce-only orders are accepted right now (-4405 for the USD-M side, -4415 for the COIN-M side).',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening orders for now; reduce-only orders still work. Try opening again later, and check your account’s margin status.',
  },
  causes: [
    {
      id: 'pm-reduce-only',
      title: 'Portfolio Margin restricted to reduce-only',
      why: 'Binance limits the UM or CM side of a Portfolio Margin account to reduce-only, for example under risk control or a low margin ratio.',
      fixes: [
        {
          title: 'Reduce, check margin, try later',
          steps: [
            'Close or reduce with reduceOnly=true.',
            'Check the account status (GET /papi/v1/account) and your notifications.',
            'Try opening again later.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
