/** Knowledge of spot:-1165 BUY_OCO_LIMIT_MUST_BE_BELOW. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1165'],
  meaning: 'In a BUY OCO the limit leg must be priced below the other leg. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Put the BUY OCO’s limit leg below; fix the prices and send again.',
  },
  causes: [
    {
      id: 'buy-oco-limit',
      title: 'BUY OCO with the limit leg on the wrong side',
      why: 'For a buy, the limit order waits below the market and the stop sits above.',
      fixes: [{ title: 'Reorder the prices', steps: ['BUY OCO: limit price below the current price, stop above it.'] }],
    },
  ],
};

export default knowledge;
