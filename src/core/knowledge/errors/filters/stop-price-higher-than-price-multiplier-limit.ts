/** Knowledge of -4210 STOP_PRICE_HIGHER_THAN_PRICE_MULTIPLIER_LIMIT, coinm:-4154 STOP_PRICE_HIGHER_THAN_PRICE_MULTIPLIER_LIMIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4210', 'coinm:-4154'],
  meaning: 'The stop (trigger) price is too far above the current price; Binance caps trigger prices at a multiple of the price.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Bring the trigger price closer to the market (the message may give the maximum) and resend.',
  },
  causes: [
    {
      id: 'trigger-too-high',
      title: 'Trigger price above the price multiplier cap',
      why: 'Very distant take-profits or stops, or a decimal slip, put the trigger outside the allowed band.',
      fixes: [
        {
          title: 'Move the trigger inside the band',
          steps: ['Use the maximum quoted in the message.', 'Check the decimals of the trigger price.'],
        },
      ],
    },
  ],
};

export default knowledge;
