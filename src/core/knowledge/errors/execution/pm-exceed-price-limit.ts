/** Knowledge of pm:51113 EXCEED_PRICE_LIMIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51113'],
  meaning: 'Your margin limit order’s price is too far from the index price: sells may not be more than 15% below it and buys not more than 15% above it.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Bring the limit price within 15% of the index price and resend.',
  },
  causes: [
    {
      id: 'margin-price-band',
      title: 'Limit price outside the ±15% index band',
      why: 'Far-away limits, decimal slips or stale prices break the band for margin orders.',
      fixes: [{ title: 'Clamp the price', steps: ['Check the current index/market price.', 'Keep buys ≤ 115% and sells ≥ 85% of it.'] }],
    },
  ],
};

export default knowledge;
