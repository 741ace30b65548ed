/** Knowledge of -4401 LARGE_POSITION_SYM_RULE. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4401'],
  meaning: 'You broke the risk-control rules for large positions on this symbol, so only reduce-only orders are accepted until you reduce the position.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening orders. Reduce the position on this symbol; opening orders work again once it is back within the limit.',
  },
  causes: [
    {
      id: 'large-position',
      title: 'Position too large under the risk rules',
      why: 'Binance limits very large positions relative to the symbol’s market; above that, only reducing is allowed.',
      fixes: [
        {
          title: 'Reduce the position',
          steps: ['Close part of the position with reduce-only orders.', 'Size future positions below the limit.'],
        },
      ],
    },
  ],
};

export default knowledge;
