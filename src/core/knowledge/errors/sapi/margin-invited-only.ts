/** Knowledge of sapi:-3999 NOT_WHITELIST_USER ("This function is only available for invited users."). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3999'],
  meaning:
    'The feature you called is open only to accounts Binance has invited or approved (a limited release, a VIP-only tool or a product that needs a separate agreement). Your account is not on that list, so nothing was done.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending from this account will keep failing until Binance grants access: use the generally available endpoint instead, or ask Binance for access.',
  },
  causes: [
    {
      id: 'feature-not-granted',
      title: 'The account is not eligible for this feature',
      why: 'Some margin tools are gated by VIP level or by invitation — for example special low-latency keys (POST /sapi/v1/margin/apiKey), Cross Margin Pro and features still in limited release. Calling them from any other account answers -3999.',
      fixes: [
        {
          title: 'Use the standard endpoint, or request access',
          steps: [
            'Check the endpoint’s page for its eligibility note (VIP level, agreement to sign on the website).',
            'Use the generally available endpoint for the same task, or contact your VIP manager or Binance support to be enabled.',
          ],
        },
      ],
    },
    {
      id: 'agreement-or-wrong-account',
      title: 'Eligible, but not from this account or key',
      why: 'Access is granted to a specific account: a sub-account does not inherit it unless the master signs the product terms for it, and a key of another account (or a testnet key) is not on the list.',
      fixes: [
        {
          title: 'Call it from the enabled account',
          steps: [
            'Confirm which account Binance enabled, and sign any product terms on the website at the master-account level.',
            'Use an API key of that account (check it with GET /sapi/v1/account/apiRestrictions).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
