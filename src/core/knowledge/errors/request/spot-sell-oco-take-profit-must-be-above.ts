/** Knowledge of spot:-1199 SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1199'],
  meaning: 'In a SELL OCO the take-profit leg must be priced above the market. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Move the SELL OCO’s take-profit leg above the current price and send again.',
  },
  causes: [
    {
      id: 'sell-oco-tp',
      title: 'SELL OCO take-profit below',
      why: 'A sell take-profit triggers on a rise, so it sits above.',
      fixes: [{ title: 'Fix the take-profit price', steps: ['SELL OCO: take-profit above the market.'] }],
    },
  ],
};

export default knowledge;
