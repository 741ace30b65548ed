/** Knowledge of -4139 ORDER_TYPE_CANNOT_BE_MKT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4139'],
  meaning: 'A MARKET order type is not allowed here because the order could not be cancelled.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Use a LIMIT order (or another cancellable type) for this action.',
  },
  causes: [
    {
      id: 'market-not-cancellable',
      title: 'MARKET used where only a cancellable order is allowed',
      why: 'For this action Binance requires an order that can rest and be cancelled; a MARKET order cannot.',
      fixes: [{ title: 'Use a LIMIT order', steps: ['Place a LIMIT order at the price you accept instead.'] }],
    },
  ],
};

export default knowledge;
