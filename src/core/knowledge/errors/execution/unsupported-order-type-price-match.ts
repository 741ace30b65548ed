/** Knowledge of -5038 UNSUPPORTED_ORDER_TYPE_PRICE_MATCH. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5038'],
  meaning: 'priceMatch only works with LIMIT, STOP and TAKE_PROFIT orders; this order type does not support it.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Drop priceMatch or change the order type, then resend.' },
  causes: [
    {
      id: 'price-match-type',
      title: 'priceMatch on an unsupported order type',
      why: 'MARKET and the *_MARKET conditional types have no price for priceMatch to set.',
      fixes: [
        {
          title: 'Use a supported type',
          steps: ['Use LIMIT (or STOP / TAKE_PROFIT on the Algo endpoint) with priceMatch, or remove priceMatch.'],
        },
      ],
    },
  ],
};

export default knowledge;
