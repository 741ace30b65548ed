/** Knowledge of -4105 SYMBOL_REDUCE_ONLY, pm:-4517 SYMBOL_REDUCE_ONLY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4105', 'pm:-4517'],
  meaning: 'This symbol is under position risk control: for now only reduce-only orders are accepted on it.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry opening orders on this symbol until Binance lifts the control. Reduce-only / closing orders still work.',
  },
  causes: [
    {
      id: 'symbol-risk-control',
      title: 'Symbol-level risk control',
      why: 'Binance limits a symbol to reduce-only during risk events (extreme moves, delisting preparations, large concentrated positions).',
      fixes: [
        {
          title: 'Only reduce on this symbol for now',
          steps: ['Send closing orders with reduceOnly=true.', 'Check Binance announcements for the symbol; trade other symbols meanwhile.'],
        },
      ],
    },
  ],
};

export default knowledge;
