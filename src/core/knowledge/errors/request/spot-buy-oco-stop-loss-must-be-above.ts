/** Knowledge of spot:-1196 BUY_OCO_STOP_LOSS_MUST_BE_ABOVE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1196'],
  meaning: 'In a BUY OCO the stop-loss leg must be priced above the market. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Move the BUY OCO’s stop leg above the current price and send again.',
  },
  causes: [
    {
      id: 'buy-oco-stop',
      title: 'BUY OCO stop leg below',
      why: 'A buy stop protects against a rise, so it must sit above the current price.',
      fixes: [{ title: 'Fix the stop price', steps: ['BUY OCO: stop above the market, limit / take-profit below.'] }],
    },
  ],
};

export default knowledge;
