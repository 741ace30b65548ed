/** Knowledge of -4020 TARGET_STRATEGY_INVALID. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4020'],
  meaning: 'The combination of order type and reduceOnly you sent is not allowed for this strategy/order.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Change the order type or the reduceOnly flag so the combination is valid, then resend.',
  },
  causes: [
    {
      id: 'type-reduce-combo',
      title: 'An order type that cannot be combined with this reduceOnly value',
      why: 'Some order types cannot be reduce-only (and some strategy orders must be). The message names the type and the flag Binance saw.',
      fixes: [
        {
          title: 'Use a valid combination',
          steps: [
            'Read the type and reduceOnly value quoted in the message.',
            'For closing orders use MARKET/LIMIT with reduceOnly=true, or a STOP_MARKET/TAKE_PROFIT_MARKET with closePosition=true on the Algo endpoint.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
