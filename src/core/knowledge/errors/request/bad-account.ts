/** Knowledge of -1109 BAD_ACCOUNT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1109'],
  meaning: 'The account that the request refers to is not valid for this action — for example a sub-account or account type that cannot use this endpoint. Nothing was done.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending will not help until the account or the endpoint is changed.',
  },
  causes: [
    {
      id: 'wrong-account',
      title: 'Account not valid for this endpoint',
      why: 'The endpoint expects a different account type (for example a Portfolio Margin account calling classic futures endpoints, or a sub-account call with a wrong email or account that does not belong to you).',
      fixes: [
        {
          title: 'Use the endpoint that fits the account',
          steps: [
            'Check which account the API key belongs to (main, sub-account, Portfolio Margin).',
            'Portfolio Margin accounts trade through /papi/ endpoints; classic accounts through /fapi/ and /dapi/.',
            'For sub-account calls, check the sub-account email and that it belongs to this master account.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
