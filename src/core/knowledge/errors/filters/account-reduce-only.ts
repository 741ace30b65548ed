/** Knowledge of -4189 ACCOUNT_REDUCE_ONLY, pm:-4407 ACCOUNT_REDUCE_ONLY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4189', 'pm:-4407'],
  meaning: 'Your account may only place reduce-only orders on this symbol (a restriction on your account’s permission for it).',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening orders on this symbol; closing orders with reduceOnly=true still work. Find out from Binance why the restriction applies.',
  },
  causes: [
    {
      id: 'account-symbol-reduce-only',
      title: 'Account restricted to reduce-only on the symbol',
      why: 'Binance limits some accounts on some symbols (risk, compliance, or a product rule).',
      fixes: [
        {
          title: 'Only reduce on this symbol; ask support',
          steps: ['Close with reduceOnly=true.', 'Check Binance notifications and contact support for the reason.'],
        },
      ],
    },
  ],
};

export default knowledge;
