/** Knowledge of -2026 REDUCE_ONLY_ORDER_TYPE_NOT_SUPPORTED. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2026'],
  meaning: 'This order type cannot be marked reduce-only. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Remove reduceOnly, or use an order type that accepts it.' },
  causes: [
    {
      id: 'type-no-reduceonly',
      title: 'reduceOnly on a type that does not take it',
      why: 'Some order types or modes do not accept reduceOnly (and in hedge mode reduceOnly is never accepted).',
      fixes: [
        {
          title: 'Use a type that supports reduceOnly',
          steps: [
            'Use LIMIT, MARKET or a conditional type with reduceOnly in one-way mode; in hedge mode use positionSide instead.',
            'For a close-all stop use closePosition=true.',
          ],
          snippets: snippetSet('snippets/read-position-closing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
};

export default knowledge;
