/** Knowledge of -4183 ISOLATED_REJECT_WITH_JOINT_MARGIN, coinm:-4151 PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4183', 'coinm:-4151'],
  meaning: 'The limit price of your stop-limit (STOP / TAKE_PROFIT) order is too far above its stop price; Binance caps it at a multiple of the stop price.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Bring the limit price closer to the stop price (the message may give the maximum) and resend.',
  },
  causes: [
    {
      id: 'limit-far-from-stop',
      title: 'Limit price above the stop-price multiplier cap',
      why: 'For stop-limit orders the limit price must stay within a band around the trigger price; an extreme “fill at any price” limit exceeds it.',
      fixes: [
        {
          title: 'Keep the limit close to the trigger',
          steps: [
            'Use the maximum quoted in the message, snapped to the tick.',
            'Or use a STOP_MARKET / TAKE_PROFIT_MARKET order (Algo endpoint) if you just want the exit.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
