/** Knowledge of -4084 UPCOMING_METHOD. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4084'],
  meaning: 'This method is not enabled yet; Binance has announced it but not switched it on.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Do not loop on it. Wait until Binance announces the feature as live, or use the current endpoint.',
  },
  causes: [
    {
      id: 'not-live-yet',
      title: 'Endpoint or feature not yet live',
      why: 'Docs or library versions can get ahead of the exchange roll-out.',
      fixes: [
        {
          title: 'Use what is live today',
          steps: ['Check the change log for the go-live date.', 'Fall back to the existing endpoint until then.'],
        },
      ],
    },
  ],
};

export default knowledge;
