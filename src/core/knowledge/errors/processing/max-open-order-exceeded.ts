/** Knowledge of -2025 MAX_OPEN_ORDER_EXCEEDED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2025'],
  meaning: 'You have reached the maximum number of open orders allowed (per symbol or per account). Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Cancel some open orders, then send again.' },
  causes: [
    {
      id: 'too-many-orders',
      title: 'Open-order limit reached',
      why: 'Symbols cap the number of open orders (see the MAX_NUM_ORDERS filter in exchangeInfo); conditional orders have their own cap. Grid bots and forgotten orders hit it.',
      fixes: [
        {
          title: 'Cancel stale orders',
          steps: ['List open orders and cancel ones you no longer need.', 'Keep your grid below the MAX_NUM_ORDERS limit.'],
          snippets: snippetSet('snippets/cancel-shrink-competing-orders', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
