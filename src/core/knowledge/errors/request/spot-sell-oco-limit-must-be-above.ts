/** Knowledge of spot:-1166 SELL_OCO_LIMIT_MUST_BE_ABOVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1166'],
  meaning: 'In a SELL OCO the limit leg must be priced above the other leg. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Put the SELL OCO’s limit leg above; fix the prices and send again.',
  },
  causes: [
    {
      id: 'sell-oco-limit',
      title: 'SELL OCO with the limit leg on the wrong side',
      why: 'For a sell, the limit (take-profit) waits above the market and the stop sits below.',
      fixes: [{ title: 'Reorder the prices', steps: ['SELL OCO: limit price above the current price, stop below it.'] }],
    },
  ],
};

export default knowledge;
