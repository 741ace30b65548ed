/** Knowledge of -4203 ADJUST_LEVERAGE_ONE_MONTH_FAILED, coinm:-4195 ADJUST_LEVERAGE_ONE_MONTH_FAILED. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4203', 'coinm:-4195'],
  meaning: 'Leverage above 20x is only available one month after the account was registered; your account is newer than that.',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Account too new for >20x',
      why: 'New accounts are capped at 20x for their first month.',
      fixes: [
        { title: 'Stay under the cap, or lift it on the account', steps: ['Use 20x or less until the account is a month old.'] },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
