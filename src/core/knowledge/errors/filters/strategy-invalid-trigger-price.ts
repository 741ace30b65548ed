/** Knowledge of -4142 STRATEGY_INVALID_TRIGGER_PRICE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4142'],
  meaning: 'Your take-profit or stop order would trigger the moment it is placed, because its trigger price is already on the wrong side of the current price.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Recompute the trigger price from the current price (or close now with a MARKET order) and resend.',
  },
  causes: [
    {
      id: 'trigger-already-crossed',
      title: 'Trigger price on the wrong side of the market',
      why: 'For a long: stop below, take-profit above the price; for a short the reverse. Fast moves or stale prices put the trigger on the other side. workingType decides whether last (CONTRACT_PRICE) or mark price is compared.',
      fixes: [
        {
          title: 'Compare with the price the trigger uses',
          steps: [
            'Read the last price (or mark price with workingType=MARK_PRICE) right before sending.',
            'Keep the trigger on the correct side with a small margin.',
            'If the level is already passed, close with a reduce-only MARKET order instead.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
