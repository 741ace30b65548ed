/** Knowledge of pm:51068 LIQUIDATION_IN_PROGRESS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51068'],
  meaning: 'Your margin account is being liquidated, so trading is blocked until the liquidation is processed.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry now: wait until the liquidation has finished, then check your account before trading again.',
  },
  causes: [
    {
      id: 'in-liquidation',
      title: 'Liquidation in progress',
      why: 'The account’s margin fell too low; Binance is closing positions and blocks new trades meanwhile.',
      fixes: [
        {
          title: 'Wait, then review the account',
          steps: ['Wait for the liquidation to complete (GET /papi/v1/account shows the status).', 'Review risk settings before resuming the bot.'],
        },
      ],
    },
  ],
};

export default knowledge;
