/** Knowledge of usdm:-2017 API_KEYS_LOCKED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-2017'],
  meaning: 'The API keys on this account are locked. Nothing was done.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Nothing was done. Only you (via the website) or Binance support can unlock the keys.',
  },
  causes: [
    {
      id: 'keys-locked',
      title: 'API keys locked',
      why: 'Binance locked the account’s API keys, often after a security event or a settings change.',
      fixes: [
        {
          title: 'Unlock through the account',
          steps: ['Check API Management and your email for a notice.', 'Contact Binance support if you cannot unlock them yourself.'],
        },
      ],
    },
  ],
};

export default knowledge;
