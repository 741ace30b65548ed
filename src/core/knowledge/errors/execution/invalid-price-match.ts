/** Knowledge of -5037 INVALID_PRICE_MATCH. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5037'],
  meaning: 'The priceMatch value is not valid for this request.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Use a valid priceMatch value (and no price with it), then resend.',
  },
  causes: [
    {
      id: 'bad-price-match',
      title: 'Unknown priceMatch value, or priceMatch together with price',
      why: 'priceMatch takes OPPONENT, OPPONENT_5, OPPONENT_10, OPPONENT_20, QUEUE, QUEUE_5, QUEUE_10 or QUEUE_20 and cannot be sent with price.',
      fixes: [
        {
          title: 'Send a documented value',
          steps: ['Use one of the documented values, upper case.', 'Remove price when you send priceMatch.'],
        },
      ],
    },
  ],
};

export default knowledge;
