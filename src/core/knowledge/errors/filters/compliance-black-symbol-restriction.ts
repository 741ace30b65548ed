/** Knowledge of -4402 COMPLIANCE_BLACK_SYMBOL_RESTRICTION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4402'],
  meaning: 'This feature is not available in your region under Binance’s terms and local rules.',
  retry: { verdict: 'never-retry', outcome: 'rejected', advice: 'Do not retry: access depends on your account’s region, not the request.' },
  causes: [
    {
      id: 'region-restricted',
      title: 'Regional compliance restriction',
      why: 'Some symbols or features are blocked for accounts in certain jurisdictions.',
      fixes: [
        {
          title: 'Use what is available to you',
          steps: ['Remove the restricted symbol or feature from the bot.', 'Contact Binance support if you believe your region is wrong.'],
        },
      ],
    },
  ],
};

export default knowledge;
