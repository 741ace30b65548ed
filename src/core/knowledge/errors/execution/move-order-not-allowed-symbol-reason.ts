/** Knowledge of -5024 MOVE_ORDER_NOT_ALLOWED_SYMBOL_REASON, coinm:-4199 MOVE_ORDER_NOT_ALLOWED_SYMBOL_REASON. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5024', 'coinm:-4199'],
  meaning: 'The order cannot be modified because its symbol is not in trading status right now.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Do not keep retrying the modification: wait until the symbol trades again, or cancel the order.',
  },
  causes: [
    {
      id: 'symbol-not-trading',
      title: 'Symbol halted, settling or being delisted',
      why: 'Order amendment is only allowed while the symbol’s status is TRADING.',
      fixes: [
        {
          title: 'Check the status',
          steps: ['Read the symbol status in exchangeInfo.', 'Wait for TRADING, or cancel the order instead of modifying it.'],
        },
      ],
    },
  ],
};

export default knowledge;
