/** Knowledge of -4202 ADJUST_LEVERAGE_KYC_FAILED, coinm:-4194 ADJUST_LEVERAGE_KYC_FAILED. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4202', 'coinm:-4194'],
  meaning: 'You asked for more than 20x leverage, which needs Intermediate identity verification on your account.',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Verification level too low for >20x',
      why: 'Binance only allows leverage above 20x after Intermediate Personal Verification.',
      fixes: [
        {
          title: 'Stay under the cap, or lift it on the account',
          steps: ['Complete Intermediate verification in the app, or keep leverage at 20x or less.'],
        },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
