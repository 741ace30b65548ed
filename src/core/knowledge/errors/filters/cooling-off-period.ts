/** Knowledge of -4192 COOLING_OFF_PERIOD. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4192'],
  meaning: 'Trading is paused on your account because a cooling-off period is active.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry: trading stays blocked until the cooling-off period ends. The bot cannot override it.',
  },
  causes: [
    {
      id: 'cooling-off',
      title: 'A cooling-off period is active',
      why: 'Cooling-off is a trading break set on the account (by you, or applied by Binance); no new trades are accepted until it ends.',
      fixes: [{ title: 'Wait it out', steps: ['Check the end time of the cooling-off period in the app/website.', 'Pause the bot until then.'] }],
    },
  ],
};

export default knowledge;
