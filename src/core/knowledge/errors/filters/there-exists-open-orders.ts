/** Knowledge of -4047 THERE_EXISTS_OPEN_ORDERS. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4047'],
  meaning: 'The margin type of a symbol cannot be changed while it has open orders.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Cancel the open orders on this symbol first (or keep the current margin type), then change it.',
  },
  causes: [
    {
      id: 'open-orders-block-margin-change',
      title: 'Open orders on the symbol',
      why: 'Binance only switches CROSSED/ISOLATED when the symbol has no open orders; forgotten limit or conditional orders block it.',
      fixes: [
        {
          title: 'Clear the symbol first',
          steps: [
            'List open orders (GET /fapi/v1/openOrders?symbol=…) and conditional ones (GET /fapi/v1/openAlgoOrders).',
            'Cancel them, change the margin type, then place them again.',
            'Or decide the margin type once before trading and stop changing it.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
