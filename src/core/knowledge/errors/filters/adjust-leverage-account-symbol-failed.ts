/** Knowledge of -4208 ADJUST_LEVERAGE_ACCOUNT_SYMBOL_FAILED, coinm:-4202 ADJUST_LEVERAGE_ACCOUNT_SYMBOL_FAILED. */
import { clampLeverageBotFix } from '../../fixes/clamp-leverage-bot';
import { neverRetryDoRetrySame } from '../../retry-advice';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4208', 'coinm:-4202'],
  meaning: 'While you use the position limit adjustment service, leverage on this symbol cannot exceed 20x.',
  retry: neverRetryDoRetrySame,
  causes: [
    {
      id: 'account-leverage-cap',
      title: 'Position limit adjustment service caps leverage',
      why: 'Accounts that had their position limits raised by the service are held to 20x on that symbol.',
      fixes: [
        {
          title: 'Stay under the cap, or lift it on the account',
          steps: ['Keep leverage at 20x or less on this symbol, or stop using the service.'],
        },
        clampLeverageBotFix,
      ],
    },
  ],
};

export default knowledge;
