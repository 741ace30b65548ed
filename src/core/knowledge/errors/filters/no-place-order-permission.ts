/** Knowledge of -4088 NO_PLACE_ORDER_PERMISSION, coinm:-4090 NO_PLACE_ORDER_PERMISSION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4088', 'coinm:-4090'],
  meaning: 'Your account cannot place orders at the moment: trading has been disabled for it.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry: the account itself is blocked from placing orders. Contact Binance support.',
  },
  causes: [
    {
      id: 'account-no-trading',
      title: 'Order placement disabled on the account',
      why: 'A risk, compliance or account-status action has turned off order placement.',
      fixes: [{ title: 'Ask Binance', steps: ['Check your messages from Binance for the reason.', 'Contact support; the bot cannot fix this.'] }],
    },
  ],
};

export default knowledge;
