/** Knowledge of -4005 QTY_GREATER_THAN_MAX_QTY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4005'],
  meaning: 'The quantity is larger than the biggest single order the symbol allows (LOT_SIZE maxQty; MARKET_LOT_SIZE maxQty for market orders, which is often much smaller).',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Split the order into several smaller ones, each under maxQty.' },
  causes: [
    {
      id: 'qty-above-max',
      title: 'Quantity over maxQty',
      why: 'Large orders — especially MARKET orders, whose cap is lower — exceed the per-order maximum.',
      fixes: [
        {
          title: 'Split the order',
          steps: [
            'Read maxQty for the filter matching your order type in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).',
            'Send several orders, each at most maxQty, or use LIMIT orders.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
