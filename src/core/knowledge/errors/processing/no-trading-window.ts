/** Knowledge of -2016 NO_TRADING_WINDOW. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2016'],
  meaning: 'No trading window could be found for the symbol, so the rolling-window statistics you asked for are not available. Nothing was returned.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Use the 24-hour ticker (ticker/24hr) instead, or another window size.',
  },
  causes: [
    {
      id: 'no-window',
      title: 'No trading window for the symbol',
      why: 'The symbol has no trades in the requested window (new, halted or inactive symbol).',
      fixes: [
        {
          title: 'Use the 24-hour ticker',
          steps: ['Query GET /api/v3/ticker/24hr (futures /fapi/v1/ticker/24hr).', 'Check the symbol is trading.'],
        },
      ],
    },
  ],
};

export default knowledge;
