/** Knowledge of -4107 SYMBOL_REDUCE_ONLY_SELL, pm:-4519 SYMBOL_REDUCE_ONLY_SELL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4107', 'pm:-4519'],
  meaning: 'This symbol is under position risk control: sell orders are only accepted as reduce-only right now.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening sells on this symbol. Buys, and sells that reduce a long, still work.',
  },
  causes: [
    {
      id: 'symbol-risk-control-sell',
      title: 'Sell side restricted on the symbol',
      why: 'Binance blocks new short exposure on the symbol during a risk event.',
      fixes: [
        {
          title: 'Only reduce with sells',
          steps: ['Use SELL only to close longs, with reduceOnly=true.', 'Watch announcements for when the control ends.'],
        },
      ],
    },
  ],
};

export default knowledge;
