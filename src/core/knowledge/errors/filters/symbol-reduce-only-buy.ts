/** Knowledge of -4106 SYMBOL_REDUCE_ONLY_BUY, pm:-4518 SYMBOL_REDUCE_ONLY_BUY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4106', 'pm:-4518'],
  meaning: 'This symbol is under position risk control: buy orders are only accepted as reduce-only right now.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening buys on this symbol. Sells, and buys that reduce a short, still work.',
  },
  causes: [
    {
      id: 'symbol-risk-control-buy',
      title: 'Buy side restricted on the symbol',
      why: 'Binance blocks new long exposure on the symbol during a risk event.',
      fixes: [
        {
          title: 'Only reduce with buys',
          steps: ['Use BUY only to close shorts, with reduceOnly=true.', 'Watch announcements for when the control ends.'],
        },
      ],
    },
  ],
};

export default knowledge;
