/** Knowledge of -4205 ADJUST_LEVERAGE_X_DAYS_FAILED, coinm:-4200 ADJUST_LEVERAGE_X_DAYS_FAILED. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4205', 'coinm:-4200'],
  meaning: 'Leverage above 20x only becomes available a number of days (named in the message) after you registered for futures.',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Futures account too new for >20x',
      why: 'Binance caps leverage at 20x for a period after futures registration.',
      fixes: [
        {
          title: 'Stay under the cap, or lift it on the account',
          steps: ['Use 20x or less until the number of days in the message has passed.'],
        },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
