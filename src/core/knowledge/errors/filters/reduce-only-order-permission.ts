/** Knowledge of -4087 REDUCE_ONLY_ORDER_PERMISSION, coinm:-4089 REDUCE_ONLY_ORDER_PERMISSION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4087', 'coinm:-4089'],
  meaning: 'Your account may only place reduce-only orders right now: Binance has restricted it so you can close or shrink positions but not open new ones.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening orders: the restriction is on the account. Closing orders with reduceOnly=true still work; find out why the account is restricted.',
  },
  causes: [
    {
      id: 'account-reduce-only',
      title: 'The account is restricted to reduce-only',
      why: 'Binance applies this after risk or compliance events, or while an account is under review.',
      fixes: [
        {
          title: 'Close only, and contact support',
          steps: [
            'Send only reduce-only / closing orders.',
            'Check your notifications and email from Binance for the reason, and contact support to lift it.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
