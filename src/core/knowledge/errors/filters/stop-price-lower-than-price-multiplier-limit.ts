/** Knowledge of -4211 STOP_PRICE_LOWER_THAN_PRICE_MULTIPLIER_LIMIT, coinm:-4155 STOP_PRICE_LOWER_THAN_PRICE_MULTIPLIER_LIMIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4211', 'coinm:-4155'],
  meaning: 'The stop (trigger) price is too far below the current price; Binance floors trigger prices at a fraction of the price.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Bring the trigger price closer to the market (the message may give the minimum) and resend.',
  },
  causes: [
    {
      id: 'trigger-too-low',
      title: 'Trigger price below the price multiplier floor',
      why: 'Very distant stops, or a decimal slip, put the trigger outside the allowed band.',
      fixes: [
        {
          title: 'Move the trigger inside the band',
          steps: ['Use the minimum quoted in the message.', 'Check the decimals of the trigger price.'],
        },
      ],
    },
  ],
};

export default knowledge;
