/** Knowledge of -4206 ADJUST_LEVERAGE_KYC_LIMIT, coinm:-4201 ADJUST_LEVERAGE_KYC_LIMIT. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4206', 'coinm:-4201'],
  meaning: 'Users in your country or region have a lower maximum leverage; the message may name it.',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Regional leverage cap',
      why: 'Local rules limit leverage for accounts in some jurisdictions.',
      fixes: [
        {
          title: 'Stay under the cap, or lift it on the account',
          steps: ['Use the maximum named in the message or lower.', 'This cannot be lifted from the API.'],
        },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
