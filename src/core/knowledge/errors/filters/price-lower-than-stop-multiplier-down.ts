/** Knowledge of -4184 PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN, coinm:-4152 PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4184', 'coinm:-4152'],
  meaning: 'The limit price of your stop-limit (STOP / TAKE_PROFIT) order is too far below its stop price; Binance floors it at a fraction of the stop price.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Bring the limit price closer to the stop price (the message may give the minimum) and resend.',
  },
  causes: [
    {
      id: 'limit-far-below-stop',
      title: 'Limit price below the stop-price multiplier floor',
      why: 'For stop-limit orders the limit price must stay within a band around the trigger; a very low sell limit is outside it.',
      fixes: [
        {
          title: 'Keep the limit close to the trigger',
          steps: [
            'Use the minimum quoted in the message, snapped to the tick.',
            'Or use a MARKET-type conditional order if you only need the exit.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
