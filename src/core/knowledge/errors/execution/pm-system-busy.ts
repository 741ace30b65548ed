/** Knowledge of pm:51998 SYSTEM_BUSY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51998'],
  meaning: 'The Portfolio Margin system is busy and did not handle the request.',
  retry: { verdict: 'retry-after-wait', outcome: 'rejected', waitSeconds: 1, advice: 'Wait and retry with backoff; send fewer requests at once.' },
  causes: [
    {
      id: 'system-busy',
      title: 'Binance-side load',
      why: 'At peak times the service sheds requests.',
      fixes: [{ title: 'Back off', steps: ['Retry with exponential backoff (e.g. 1 s, 2 s, 4 s) a few times.', 'Lower concurrency.'] }],
    },
  ],
};

export default knowledge;
