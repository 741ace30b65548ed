/** Knowledge of -1120 BAD_INTERVAL. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1120'],
  meaning: 'The interval value (for example a kline interval) is not valid. Nothing was returned.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Use one of the documented interval strings and query again.' },
  causes: [
    {
      id: 'bad-interval',
      title: 'Interval written in an unsupported form',
      why: 'Kline intervals are strings like 1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d, 3d, 1w, 1M. "1min", "60", "1H" or "1D" are not valid (1s exists on Spot only).',
      fixes: [
        {
          title: 'Use a documented interval',
          steps: ['Pick from the documented list; m is minutes and M is months.', 'Note the interval is case-sensitive.'],
        },
      ],
    },
  ],
};

export default knowledge;
