/** Knowledge of -1113 WITHDRAW_NOT_NEGATIVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1113'],
  meaning: 'An internal withdrawal-style amount was not negative. This is an internal Binance check that API traders normally never hit.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Nothing was done. If you see this from a normal trading call, contact Binance support with the request.',
  },
  causes: [
    {
      id: 'internal-check',
      title: 'Internal amount check',
      why: 'This code belongs to Binance’s internal transfer logic; a client request rarely reaches it.',
      fixes: [
        {
          title: 'Report it',
          steps: ['Note the endpoint and the exact request and contact Binance support.', 'Check you are not calling an undocumented endpoint.'],
        },
      ],
    },
  ],
};

export default knowledge;
