/** Knowledge of -5026 EXCEED_MAXIMUM_MODIFY_ORDER_LIMIT, coinm:-4198 EXCEED_MAX_MODIFY_ORDER_LIMIT. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5026', 'coinm:-4198'],
  meaning: 'This order has been modified the maximum number of times Binance allows for one order.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Cancel it and place a fresh order instead of modifying again.' },
  causes: [
    {
      id: 'modify-cap',
      title: 'Too many amendments on one order',
      why: 'Binance caps how many times a single order can be modified; repricing bots that amend on every tick reach it.',
      fixes: [
        {
          title: 'Replace the order and amend less',
          steps: ['Cancel and place a new order.', 'Only amend when the price change is meaningful.'],
        },
      ],
    },
  ],
};

export default knowledge;
