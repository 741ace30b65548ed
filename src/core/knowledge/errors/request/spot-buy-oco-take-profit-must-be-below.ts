/** Knowledge of spot:-1198 BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1198'],
  meaning: 'In a BUY OCO the take-profit leg must be priced below the market. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Move the BUY OCO’s take-profit leg below the current price and send again.',
  },
  causes: [
    {
      id: 'buy-oco-tp',
      title: 'BUY OCO take-profit above',
      why: 'A buy take-profit triggers on a fall, so it sits below.',
      fixes: [{ title: 'Fix the take-profit price', steps: ['BUY OCO: take-profit below the market.'] }],
    },
  ],
};

export default knowledge;
