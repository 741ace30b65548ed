/** Knowledge of -4135 INVALID_ACTIVATION_PRICE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4135'],
  meaning: 'The activation price of the trailing stop is on the wrong side of the current price.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Move activatePrice to the correct side (or omit it) and resend.',
  },
  causes: [
    {
      id: 'activation-wrong-side',
      title: 'activatePrice on the wrong side of the market',
      why: 'For TRAILING_STOP_MARKET a BUY needs an activation price below the latest price, and a SELL one above it. Prices computed from an old quote often land on the wrong side.',
      fixes: [
        {
          title: 'Check the side against the live price',
          steps: [
            'Read the latest price right before sending.',
            'BUY: activatePrice < latest; SELL: activatePrice > latest — or leave activatePrice out to start trailing at once.',
            'Trailing stops go to the Algo Order endpoint (POST /fapi/v1/algoOrder).',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
