/** Knowledge of -2020 UNABLE_TO_FILL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2020'],
  meaning: 'The order could not be filled as required (for example a FOK or IOC order, or a market order with no matching liquidity). Nothing was executed.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was executed. Retry later, at another price, or with a different time-in-force.',
  },
  causes: [
    {
      id: 'unable-to-fill',
      title: 'No liquidity to fill the order as asked',
      why: 'Fill-or-kill and immediate-or-cancel orders need liquidity at your price right now; thin books and fast markets often cannot offer it.',
      fixes: [
        {
          title: 'Adjust price or time-in-force',
          steps: ['Check the book (GET /fapi/v1/depth).', 'Use GTC, a better price, or a smaller size.'],
        },
      ],
    },
  ],
};

export default knowledge;
