/** Knowledge of spot:-1197 SELL_OCO_STOP_LOSS_MUST_BE_BELOW. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1197'],
  meaning: 'In a SELL OCO the stop-loss leg must be priced below the market. Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Move the SELL OCO’s stop leg below the current price and send again.',
  },
  causes: [
    {
      id: 'sell-oco-stop',
      title: 'SELL OCO stop leg above',
      why: 'A sell stop protects against a fall, so it must sit below the current price.',
      fixes: [{ title: 'Fix the stop price', steps: ['SELL OCO: stop below the market, limit / take-profit above.'] }],
    },
  ],
};

export default knowledge;
